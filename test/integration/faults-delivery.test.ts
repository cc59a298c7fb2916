// Fault tests at the protocol level, on each store: F4 the same batch twice (also at once),
// F5 batches out of order, F12 an op that always fails, F13 a session that expired with ops
// queued. Each ends with I1 (applied once or rejected with a reason), I2 and I4.
// Faults and invariants as defined in docs/reliability.md.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertOpsAppliedOnce, assertStockArithmetic } from '../helpers/invariants.ts';
import { testHooks } from '../../server/test-hooks.ts';

describe.each(storeKinds())('delivery faults on %s', (kind) => {
  let server: TestServer;
  let device: () => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async () =>
      new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
  });
  afterEach(() => {
    testHooks.failOpMatching = null;
  });
  afterAll(() => server.close());

  it('F4: the same batch delivered twice, and twice at once, is applied once', async () => {
    const dev = await device();
    const batch = [1, 2, 3].map(() =>
      dev.move({ sku: 'SKU-10020', from: 'C-02-1', to: 'C-03-2', qty: 1 }),
    );
    const [x, y] = await Promise.all([dev.push(batch), dev.push(batch)]);
    const again = await dev.push(batch);
    expect([x.status, y.status, again.status]).toEqual([200, 200, 200]);
    const statuses = [x, y].map((r) => r.body.results.map((o) => o.status).join());
    expect(statuses.sort()).toEqual(['applied,applied,applied', 'duplicate,duplicate,duplicate']);
    expect(
      again.body.results.every((r) => r.status === 'duplicate' && r.original === 'applied'),
    ).toBe(true);
    expect(await stockOf(server.store, 'WH1', 'C-03-2', 'SKU-10020')).toBe(3);
    await assertOpsAppliedOnce(server.store, dev.deviceId, batch);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('F5: seq 5-8 before 1-4 is a gap; resending from the expected seq applies all once', async () => {
    const dev = await device();
    const ops = Array.from({ length: 8 }, () =>
      dev.move({ sku: 'SKU-10021', from: 'C-03-1', to: 'C-04-2', qty: 1 }),
    );
    const early = await dev.push(ops.slice(4));
    expect(early.body.results).toEqual([
      { seq: 5, opId: ops[4]!.opId, status: 'gap', expectedSeq: 1 },
    ]);
    expect((await dev.push(ops.slice(0, 4))).body.lastSeq).toBe(4);
    expect((await dev.push(ops.slice(4))).body.results.map((r) => r.status)).toEqual(
      Array(4).fill('applied'),
    );
    expect(await stockOf(server.store, 'WH1', 'C-04-2', 'SKU-10021')).toBe(8);
    await assertOpsAppliedOnce(server.store, dev.deviceId, ops);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('F12: an op that always fails is rejected with a reason and later ops still flow', async () => {
    testHooks.failOpMatching = 'SKU-10022';
    const dev = await device();
    const bad = dev.move({ sku: 'SKU-10022', from: 'C-04-1', to: 'C-05-2', qty: 1 });
    const good = dev.move({ sku: 'SKU-10023', from: 'C-05-1', to: 'C-06-2', qty: 1 });
    const first = await dev.push([bad, good]);
    expect(first.body.results.map((r) => r.code ?? r.status)).toEqual(['OP_FAILED', 'applied']);
    expect(first.body.results[0]!.message).toContain('could not apply');
    const resent = await dev.push([bad]);
    expect(resent.body.results[0]).toMatchObject({
      status: 'duplicate',
      original: 'rejected',
      code: 'OP_FAILED',
    });
    expect(await stockOf(server.store, 'WH1', 'C-05-2', 'SKU-10022')).toBe(0);
    await assertOpsAppliedOnce(server.store, dev.deviceId, [bad, good]);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('F13: a push with an expired session is refused whole; after signing in the same ops go through', async () => {
    const dev = await device();
    const ops = [1, 2].map(() =>
      dev.move({ sku: 'SKU-10024', from: 'C-06-1', to: 'D-01-2', qty: 1 }),
    );
    await server.store.db.updateTable('sessions').set({ expires_at: 1 }).execute();
    const refused = await dev.push(ops);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'SESSION_EXPIRED' } });
    expect(await stockOf(server.store, 'WH1', 'D-01-2', 'SKU-10024')).toBe(0);
    dev.http = await server.as('picker', dev.deviceId);
    expect((await dev.push(ops)).body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    await assertOpsAppliedOnce(server.store, dev.deviceId, ops);
    await assertStockArithmetic(server.store, 'WH1');
  });
});
