// F2: the server commits a push and the answer is lost. F3: the server is SIGKILLed in the
// middle of a batch and started again. Either way every move is applied exactly once (I1-I5).
// Each runs on SQLite and PostgreSQL and stands alone (it counts only the ops it recorded).
// Faults and invariants as defined in docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import type { ServerProcess } from '../helpers/server-process.ts';
import { FaultServer, faultStores } from '../helpers/fault-server.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { ackedMoves } from '../helpers/acks.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

describe.runIf(requireChromium()).each(faultStores())('F2 and F3: server faults on %s', (kind) => {
  let fs: FaultServer;
  let server: ServerProcess;
  let phone: Phone;
  let store: Store;

  beforeAll(async () => {
    fs = await FaultServer.start(kind);
    server = fs.server;
    phone = await openPhone(server, 'picker');
    store = await fs.openStore();
  });
  afterAll(async () => {
    await store?.close();
    await phone?.browser.close();
    await fs?.dispose();
  });

  /** Records n moves offline; returns the seqs they got. */
  const recordOffline = async (n: number): Promise<number[]> => {
    const before = (await deviceOps(phone.app.page)).length;
    await phone.browser.context.setOffline(true);
    const move = new MovePage(phone.app);
    await move.open();
    for (let i = 0; i < n; i++) await move.move('D-04-1', '5901231000034', 'D-05-2'); // SKU-10004
    return Array.from({ length: n }, (_, i) => before + i + 1);
  };

  const settle = async () => {
    await phone.app.waitForBadge('upToDate', 90_000);
    const ops = await deviceOps(phone.app.page);
    // I1 from what the screen said, not from the outbox: every "Moved" notice, once.
    const said = ackedMoves(phone.browser.acks);
    expect(said).toHaveLength(ops.length);
    await assertOpsAppliedOnce(store, await phone.deviceId(), said);
    await assertStockArithmetic(store, 'WH1');
    await assertDeviceSettled(phone.app.page, store, 'WH1');
    return ops;
  };

  it('F2: a lost push answer: the retry is answered as duplicates, nothing applied twice', async () => {
    const seqs = await recordOffline(3);
    await server.setHooks({ dropPushResponses: 1 });
    await phone.browser.context.setOffline(false);
    const ops = (await settle()).filter((o) => seqs.includes(o.seq));
    expect(ops.map((o) => o.status)).toEqual(['done', 'done', 'done']);
    const movements = await store.db
      .selectFrom('movements')
      .select('op_id')
      .where(
        'op_id',
        'in',
        ops.map((o) => o.opId),
      )
      .execute();
    expect(movements).toHaveLength(6);
  });

  it('F3: the server killed after 2 of 4 ops of a batch: after a restart all 4 apply once', async () => {
    const seqs = await recordOffline(4);
    await server.setHooks({ killAfterOps: 2 });
    const died = server.exited();
    await phone.browser.context.setOffline(false);
    await died;
    await server.start();
    const ops = await settle();
    const mine = await store.db
      .selectFrom('op_log')
      .select('status')
      .where('device_id', '=', await phone.deviceId())
      .execute();
    expect(mine.map((r) => r.status)).toEqual(Array(ops.length).fill('applied'));
    expect(ops.filter((o) => seqs.includes(o.seq)).map((o) => o.status)).toEqual(
      Array(4).fill('done'),
    );
  });
});
