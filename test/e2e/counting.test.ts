// A blind cycle count of one aisle on a phone with no network: one location short by a unit,
// one as expected, one empty in one tap. Back online, the server asks for a recount by another
// counter, whose phone recounts it; the supervisor approves, and book stock changes by exactly
// the approved amount (C1–C8). Both phones settle on the server's state (I1–I5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { CountPage } from './pages/count-page.ts';
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

describe.runIf(requireChromium())(
  'a blind count of an aisle, offline, with a recount and approval',
  () => {
    let server: ServerProcess;
    let chen: Phone;
    let li: Phone;
    let store: Store;
    let supervisor: HttpClient;

    beforeAll(async () => {
      server = await ServerProcess.start();
      const admin = await signIn(server, 'admin', 'admin123');
      const locs = await admin.http.post('/api/admin/warehouses/WH1/locations', [
        { code: 'E-01-1', zone: 'E', kind: 'storage', walkSeq: 900 },
        { code: 'E-01-2', zone: 'E', kind: 'storage', walkSeq: 910 },
        { code: 'E-02-1', zone: 'E', kind: 'storage', walkSeq: 920 },
      ]);
      expect(locs.status).toBe(200);
      // Stock arrives in aisle E the ordinary way: moved there by a supervisor's device.
      const sup = await signIn(server, 'supervisor', 'supervisor123');
      supervisor = sup.http;
      const dev = new SimDevice(sup.http, 'WH1', sup.id);
      await dev.pullAll();
      const moved = await dev.push([
        dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'E-01-1', qty: 5 }),
        dev.move({ sku: 'SKU-10002', from: 'A-02-1', to: 'E-01-2', qty: 3 }),
      ]);
      expect(moved.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      const task = await supervisor.post('/api/supervisor/warehouses/WH1/count-tasks', {
        id: 'CT-AISLE-E',
        aisle: 'E',
        assignedTo: 'counter',
        note: 'Aisle E',
      });
      expect(task.body).toMatchObject({ id: 'CT-AISLE-E', locations: 3 });
      chen = await openPhone(server, 'counter');
      li = await openPhone(server, 'picker2');
      store = serverStore(server);
    });
    afterAll(async () => {
      await store?.close();
      await chen?.browser.close();
      await li?.browser.close();
      await server?.dispose();
    });

    it('Chen counts aisle E blind with the phone offline: walking order, scans add up, one tap for empty', async () => {
      const count = new CountPage(chen.app);
      await count.openList();
      await count.waitForTask('CT-AISLE-E');
      await chen.app.page.context().setOffline(true);
      await count.openTask('CT-AISLE-E');
      expect(await count.locations()).toEqual([
        ['E-01-1', 'pending'],
        ['E-01-2', 'pending'],
        ['E-02-1', 'pending'],
      ]);

      await count.scanLocation('E-01-1');
      await count.scanItem(EACH_1, 'SKU-10001', 1);
      await count.scanItem(EACH_1, 'SKU-10001', 2);
      await count.typeQty('SKU-10001', 5);
      expect(await count.showsBook()).toBe(false);
      await count.submit();

      await count.scanLocation('E-01-2');
      await count.scanItem(EACH_2, 'SKU-10002', 1);
      await count.scanItem(EACH_2, 'SKU-10002', 2);
      expect(await count.showsBook()).toBe(false);
      await count.submit();

      await count.scanLocation('E-02-1');
      await count.empty();
      expect(await count.locations()).toEqual([
        ['E-01-1', 'waiting'],
        ['E-01-2', 'waiting'],
        ['E-02-1', 'waiting'],
      ]);
      const ops = await deviceOps(chen.app.page);
      expect(ops.map((o) => [o.type, o.status])).toEqual([
        ['count.location', 'pending'],
        ['count.location', 'pending'],
        ['count.location', 'pending'],
      ]);
    });

    it('back online, the short location waits for a recount by someone else', async () => {
      await chen.app.page.context().setOffline(false);
      await chen.app.waitForBadge('upToDate', 60_000);
      const variances = await store.db.selectFrom('count_variances').selectAll().execute();
      expect(variances.map((v) => [v.location, v.status])).toEqual([['E-01-2', 'recount']]);
      expect(await stockOf(store, 'WH1', 'E-01-2', 'SKU-10002')).toBe(3);

      // Chen does not see the recount of his own count; Li does.
      const chenCount = new CountPage(chen.app);
      await chenCount.openList();
      expect((await chenCount.tasks()).filter((id) => id.startsWith('RC-'))).toEqual([]);
      const count = new CountPage(li.app);
      await count.openList();
      await li.app.page.waitForSelector('[data-testid=count-task-row][data-id^="RC-"]');
      const [recount] = (await count.tasks()).filter((id) => id.startsWith('RC-'));
      await li.app.page.context().setOffline(true);
      await count.openTask(recount!);
      await count.scanLocation('E-01-2');
      await count.scanItem(EACH_2, 'SKU-10002', 1);
      await count.scanItem(EACH_2, 'SKU-10002', 2);
      await count.submit();
      await li.app.page.context().setOffline(false);
      await li.app.waitForBadge('upToDate', 60_000);

      const [v] = await store.db.selectFrom('count_variances').selectAll().execute();
      expect(v).toMatchObject({ status: 'approval' });
      const x = await store.db
        .selectFrom('exceptions')
        .selectAll()
        .where('kind', '=', 'count-variance')
        .execute();
      expect(x.map((e) => [e.ref, e.status])).toEqual([[v!.id, 'open']]);
    });

    it('the supervisor approves; book stock changes by exactly the approved amount', async () => {
      const [v] = await store.db.selectFrom('count_variances').selectAll().execute();
      const before = {
        e1: await stockOf(store, 'WH1', 'E-01-1', 'SKU-10001'),
        e2: await stockOf(store, 'WH1', 'E-01-2', 'SKU-10002'),
      };
      const res = await supervisor.post(
        `/api/supervisor/warehouses/WH1/count-variances/${v!.id}/approve`,
        { reason: 'One unit missing, confirmed by recount' },
      );
      expect(res.status).toBe(200);
      expect(await stockOf(store, 'WH1', 'E-01-2', 'SKU-10002')).toBe(before.e2 - 1);
      expect(await stockOf(store, 'WH1', 'E-01-1', 'SKU-10001')).toBe(before.e1);
      const audit = await supervisor.get<Record<string, unknown>>(
        `/api/supervisor/warehouses/WH1/count-variances/${v!.id}`,
      );
      expect(audit.body).toMatchObject({
        status: 'approved',
        counted: { by: { name: 'Chen Counter' } },
        recounted: { by: { name: 'Li Na' } },
        decided: { by: { name: 'Sam Supervisor' } },
        movements: [{ sku: 'SKU-10002', delta: -1 }],
      });

      for (const phone of [chen, li]) {
        await phone.app.page.evaluate(() => window.dispatchEvent(new Event('online')));
        await phone.app.waitForBadge('upToDate', 60_000);
        await phone.app.page.waitForFunction(
          async () =>
            new Promise<boolean>((resolve) => {
              const open = indexedDB.open('floorsync');
              open.onsuccess = () => {
                const get = open.result
                  .transaction('stock')
                  .objectStore('stock')
                  .get('E-01-2|SKU-10002||');
                get.onsuccess = () => {
                  resolve((get.result as { qty: number } | undefined)?.qty === 2);
                  open.result.close();
                };
              };
            }),
          null,
          { polling: 250 },
        );
        const acked = (await deviceOps(phone.app.page)).map((o) => ({ seq: o.seq, opId: o.opId }));
        await assertOpsAppliedOnce(store, await phone.deviceId(), acked);
        await assertDeviceSettled(phone.app.page, store, 'WH1');
      }
      await assertStockArithmetic(store, 'WH1');
    });
  },
);
