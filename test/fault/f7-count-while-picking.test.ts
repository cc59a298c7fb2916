// F7: device A counts a location with no network while device B picks from it. The counter
// finds what the picker left. In both orders of reaching the server, no false variance is
// posted (book stock changes only by the pick), the location is flagged and a recount is
// requested (C4); I1–I5 hold for both devices. A is a real phone in Chromium (offline by the
// browser); B speaks the sync protocol over HTTP with the picture it had before A counted.
// Faults and invariants as defined in docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceMeta, deviceOps } from '../helpers/device-db.ts';
import { ackedCounts } from '../helpers/acks.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf } from '../helpers/server-state.ts';
import { movementsOfKind, openFlags, recountTasksAt, variancesAt } from '../helpers/counting.ts';
import { importPickList, pickOp } from '../helpers/picking.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { CountPage } from '../e2e/pages/count-page.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';

const EACH_1 = '5901231000003'; // SKU-10001
const EACH_2 = '5901231000010'; // SKU-10002

async function signIn(server: ServerProcess, username: string, password: string) {
  const device = newDeviceCredentials();
  const res = await server.http.post<{ token: string; user: { id: string } }>('/api/auth/login', {
    username,
    password,
    ...device,
  });
  return { http: server.http.withToken(res.body.token, device.deviceId), id: res.body.user.id };
}

describe.runIf(requireChromium())('F7: a count while stock is picked from the location', () => {
  let server: ServerProcess;
  let a: Phone;
  let b: SimDevice;
  let store: Store;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const admin = await signIn(server, 'admin', 'admin123');
    await admin.http.post('/api/admin/warehouses/WH1/locations', [
      { code: 'F-01-1', zone: 'F', kind: 'storage', walkSeq: 950 },
      { code: 'F-01-2', zone: 'F', kind: 'storage', walkSeq: 960 },
    ]);
    const sup = await signIn(server, 'supervisor', 'supervisor123');
    const stocker = new SimDevice(sup.http, 'WH1', sup.id);
    await stocker.pullAll();
    await stocker.push([
      stocker.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'F-01-1', qty: 4 }),
      stocker.move({ sku: 'SKU-10002', from: 'A-02-1', to: 'F-01-2', qty: 4 }),
    ]);
    await importPickList(admin.http, {
      number: 'PL-F7',
      lines: [
        { sku: 'SKU-10001', qty: 2, location: 'F-01-1' },
        { sku: 'SKU-10002', qty: 2, location: 'F-01-2' },
      ],
    });
    const picker = await signIn(server, 'picker', 'picker123');
    b = new SimDevice(picker.http, 'WH1', picker.id);
    await b.pullAll();
    const claim = await b.push([b.op('pick.claim', { list: 'PL-F7' })]);
    expect(claim.body.results[0]!.status).toBe('applied');
    await b.pullAll();
    a = await openPhone(server, 'counter');
    store = serverStore(server);
  });
  afterAll(async () => {
    await store?.close();
    await a?.browser.close();
    await server?.dispose();
  });

  /** A counts `location` offline (an ad-hoc blind count) and finds `found` of the item. */
  async function countOffline(location: string, barcode: string, sku: string, found: number) {
    const count = new CountPage(a.app);
    await count.openList();
    await a.app.page.context().setOffline(true);
    await count.scanLocation(location);
    for (let n = 1; n <= found; n++) await count.scanItem(barcode, sku, n);
    await count.submit();
  }

  async function reconnectA() {
    await a.app.page.context().setOffline(false);
    await a.app.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await a.app.waitForBadge('upToDate', 90_000);
  }

  /** I1–I5 once both devices are done: A's outbox drained and its base equal to the server. */
  async function invariants() {
    const version = async () =>
      Number(
        (
          await store.db
            .selectFrom('warehouses')
            .select('version')
            .where('id', '=', 'WH1')
            .executeTakeFirstOrThrow()
        ).version,
      );
    await a.app.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(async () => (await deviceMeta(a.app.page, 'sync'))?.['baseVersion'], {
        timeout: 60_000,
      })
      .toBe(await version());
    await a.app.waitForBadge('upToDate', 60_000);
    // I1 from what A's screen said: each "… counted" the worker saw, applied once.
    const ops = await deviceOps(a.app.page);
    const said = ackedCounts(a.browser.acks);
    expect(said).toHaveLength(ops.filter((o) => o.type === 'count.location').length);
    await assertOpsAppliedOnce(store, await a.deviceId(), said);
    const bOps = await store.db
      .selectFrom('op_log')
      .select(['seq', 'op_id as opId'])
      .where('device_id', '=', b.deviceId)
      .execute();
    await assertOpsAppliedOnce(
      store,
      b.deviceId,
      bOps.map((o) => ({ ...o, seq: Number(o.seq) })),
    );
    await assertStockArithmetic(store, 'WH1');
    await assertDeviceSettled(a.app.page, store, 'WH1');
  }

  it('the pick reaches the server first: the count is not posted, a recount is asked', async () => {
    await countOffline('F-01-1', EACH_1, 'SKU-10001', 2);
    // B picked 2 before A looked; B had not heard of A's count (it could not have).
    const picked = await b.push([
      pickOp(b, { list: 'PL-F7', line: 1, sku: 'SKU-10001', location: 'F-01-1', qty: 2 }),
    ]);
    expect(picked.body.results[0]!.status).toBe('applied');
    await reconnectA();

    expect(await variancesAt(store, 'F-01-1')).toEqual([]);
    expect(await movementsOfKind(store, 'F-01-1', 'count')).toEqual([]);
    expect(await stockOf(store, 'WH1', 'F-01-1', 'SKU-10001')).toBe(2);
    expect(await openFlags(store, 'F-01-1')).toContain('count-moved');
    expect(await recountTasksAt(store, 'F-01-1')).toHaveLength(1);
    await invariants();
  });

  it('the count reaches the server first: its variance is set aside when the pick arrives', async () => {
    const bBase = b.baseVersion;
    await countOffline('F-01-2', EACH_2, 'SKU-10002', 2);
    await reconnectA();
    // On its own the count looks short by 2: it waits for a recount, nothing is posted.
    expect((await variancesAt(store, 'F-01-2')).map((v) => v.status)).toEqual(['recount']);
    expect(await stockOf(store, 'WH1', 'F-01-2', 'SKU-10002')).toBe(4);

    expect(b.baseVersion).toBe(bBase);
    const picked = await b.push([
      pickOp(b, { list: 'PL-F7', line: 2, sku: 'SKU-10002', location: 'F-01-2', qty: 2 }),
    ]);
    expect(picked.body.results[0]!.status).toBe('applied');

    expect((await variancesAt(store, 'F-01-2')).map((v) => v.status)).toEqual(['superseded']);
    expect(await movementsOfKind(store, 'F-01-2', 'count')).toEqual([]);
    expect(await stockOf(store, 'WH1', 'F-01-2', 'SKU-10002')).toBe(2);
    expect(await openFlags(store, 'F-01-2')).toContain('count-moved');
    expect(await recountTasksAt(store, 'F-01-2')).toHaveLength(1);
    const open = await store.db
      .selectFrom('exceptions')
      .select('id')
      .where('kind', '=', 'count-variance')
      .where('status', '=', 'open')
      .execute();
    expect(open).toEqual([]);
    await invariants();
  });
});
