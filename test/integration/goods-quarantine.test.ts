// Quarantine holds on each store (docs/receiving.md Q1): stock leaves a quarantine location for
// one that is not quarantine only through stock.release, by a supervisor, with a reason kept on
// the ledger. A picker's move (or putaway) out of quarantine is refused with a code and moves
// nothing; moving between quarantine locations stays an ordinary move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';

const SKU = 'SKU-10001';

describe.each(storeKinds())('quarantine holds on %s', (kind) => {
  let server: TestServer;
  let picker: SimDevice;
  let supervisor: SimDevice;
  let from: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    picker = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
    supervisor = new SimDevice(
      await server.as('supervisor'),
      'WH1',
      await userId(server.store, 'supervisor'),
    );
    // Any storage bucket of the item with a few units, lot-free, is where the test takes from.
    const row = await server.store.db
      .selectFrom('stock')
      .innerJoin('locations', (j) =>
        j
          .onRef('locations.code', '=', 'stock.location')
          .onRef('locations.warehouse_id', '=', 'stock.warehouse_id'),
      )
      .select(['stock.location', 'stock.qty'])
      .where('stock.warehouse_id', '=', 'WH1')
      .where('stock.sku', '=', SKU)
      .where('stock.lot', '=', '')
      .where('locations.kind', '=', 'storage')
      .where('stock.qty', '>=', 6)
      .executeTakeFirstOrThrow();
    from = row.location;
  });
  afterAll(() => server.close());

  const move = (dev: SimDevice, type: string, p: Record<string, unknown>) =>
    dev.op(type, { sku: SKU, lot: '', expiry: '', ...p });

  it('Q1 a picker moves into quarantine and between quarantine locations as usual', async () => {
    const res = await picker.push([
      move(picker, 'stock.move', { from, to: 'QUAR-1', qty: 3 }),
      move(picker, 'stock.move', { from: 'QUAR-1', to: 'QUAR-2', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await stockOf(server.store, 'WH1', 'QUAR-1', SKU)).toBe(2);
    expect(await stockOf(server.store, 'WH1', 'QUAR-2', SKU)).toBe(1);
  });

  it('Q1 a picker cannot take stock out of quarantine, by move, putaway or release', async () => {
    await picker.push([move(picker, 'stock.move', { from, to: 'QUAR-1', qty: 2 })]);
    const before = await stockOf(server.store, 'WH1', 'QUAR-1', SKU);
    const atFrom = await stockOf(server.store, 'WH1', from, SKU);
    const res = await picker.push([
      move(picker, 'stock.move', { from: 'QUAR-1', to: from, qty: 1 }),
      move(picker, 'putaway.move', { from: 'QUAR-1', to: from, qty: 1 }),
      move(picker, 'stock.release', { from: 'QUAR-1', to: from, qty: 1, reason: 'looks fine' }),
    ]);
    expect(res.body.results).toMatchObject([
      { status: 'rejected', code: 'QUARANTINE_HELD' },
      { status: 'rejected' },
      { status: 'rejected', code: 'ROLE_NOT_ALLOWED' },
    ]);
    expect(await stockOf(server.store, 'WH1', 'QUAR-1', SKU)).toBe(before);
    expect(await stockOf(server.store, 'WH1', from, SKU)).toBe(atFrom);
  });

  it('Q1 a supervisor releases with a reason; the ledger keeps the reason and who released', async () => {
    await picker.push([move(picker, 'stock.move', { from, to: 'QUAR-2', qty: 2 })]);
    const inQuar = await stockOf(server.store, 'WH1', 'QUAR-2', SKU);
    const atFrom = await stockOf(server.store, 'WH1', from, SKU);
    const op = move(supervisor, 'stock.release', {
      from: 'QUAR-2',
      to: from,
      qty: 2,
      reason: 'inspected, packaging only',
    });
    const res = await supervisor.push([op]);
    expect(res.body.results).toMatchObject([{ status: 'applied' }]);
    expect(await stockOf(server.store, 'WH1', 'QUAR-2', SKU)).toBe(inQuar - 2);
    expect(await stockOf(server.store, 'WH1', from, SKU)).toBe(atFrom + 2);
    const rows = await server.store.db
      .selectFrom('movements')
      .select(['kind', 'reason', 'approved_by', 'delta', 'location'])
      .where('op_id', '=', op.opId)
      .orderBy('delta')
      .execute();
    const sup = await userId(server.store, 'supervisor');
    expect(rows).toEqual([
      {
        kind: 'release',
        reason: 'inspected, packaging only',
        approved_by: sup,
        delta: -2,
        location: 'QUAR-2',
      },
      {
        kind: 'release',
        reason: 'inspected, packaging only',
        approved_by: sup,
        delta: 2,
        location: from,
      },
    ]);
  });

  it('Q1 a release needs a reason and a quarantine location to release from', async () => {
    const atFrom = await stockOf(server.store, 'WH1', from, SKU);
    const res = await supervisor.push([
      move(supervisor, 'stock.release', { from: 'QUAR-1', to: from, qty: 1, reason: ' ' }),
      move(supervisor, 'stock.release', { from, to: 'QUAR-1', qty: 1, reason: 'not quarantine' }),
    ]);
    expect(res.body.results).toMatchObject([
      { status: 'rejected', code: 'OP_MALFORMED' },
      { status: 'rejected', code: 'NOT_IN_QUARANTINE' },
    ]);
    expect(await stockOf(server.store, 'WH1', from, SKU)).toBe(atFrom);
  });
});
