// The invariant checks (docs/reliability.md, I1 I3 I4) must fail on broken server states, or a
// green fault test proves nothing. Each probe starts from a healthy state the checks pass, breaks
// it the way a handler bug would, and expects the check to name the break:
// A stock rows deleted behind the ledger (I4), B a receive whose movement was doubled (I1, I4),
// C a negative bucket excused only by another item's exception there (I4), D a row edited
// (I4, the control that was already caught), E a stock change that never reached the feed (I3).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, tableState, userId } from '../helpers/server-state.ts';
import {
  assertFeedMatchesTables,
  assertOpsAppliedOnce,
  assertRowsMatchTables,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import { importReceipt, newDelivery, receive } from '../helpers/receiving.ts';

describe.each(storeKinds())('invariant checks catch broken states on %s', (kind) => {
  let server: TestServer;
  let dev: SimDevice;
  beforeEach(async () => {
    server = await startTestServer(kind);
    dev = new SimDevice(
      await server.as('supervisor'),
      'WH1',
      await userId(server.store, 'supervisor'),
    );
  });
  afterEach(() => server.close());

  const healthy = async () => {
    await assertStockArithmetic(server.store, 'WH1');
    await assertFeedMatchesTables(server.store, 'WH1');
  };

  it('A: stock rows deleted behind the ledger fail I4', async () => {
    await healthy();
    const gone = await server.store.db
      .deleteFrom('stock')
      .where('warehouse_id', '=', 'WH1')
      .where('location', '=', 'C-05-1')
      .executeTakeFirst();
    expect(Number(gone.numDeletedRows)).toBeGreaterThan(0);
    await expect(assertStockArithmetic(server.store, 'WH1')).rejects.toThrow(/I4.*\(no row\)/s);
  });

  it('B: a receive whose movement was doubled fails I1 and I4', async () => {
    await importReceipt(await server.as('admin'), {
      number: 'R-TWICE',
      lines: [{ sku: 'SKU-10003', qty: 10 }],
    });
    const op = receive(dev, {
      receipt: 'R-TWICE',
      delivery: newDelivery(),
      line: 1,
      sku: 'SKU-10003',
      qty: 5,
    });
    expect((await dev.push([op])).body.results[0]!.status).toBe('applied');
    await healthy();
    await assertOpsAppliedOnce(server.store, dev.deviceId, [op]);
    const book = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10003');
    // The same movement posted a second time, book and ledger kept in step: [5, 5].
    await server.store.write(async (trx) => {
      const m = await trx
        .selectFrom('movements')
        .selectAll()
        .where('op_id', '=', op.opId)
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('movements')
        .values({ ...m, id: `${op.opId}/1` })
        .execute();
      await trx
        .updateTable('stock')
        .set({ qty: book + 5 })
        .where('warehouse_id', '=', 'WH1')
        .where('location', '=', 'DOCK-1')
        .where('sku', '=', 'SKU-10003')
        .execute();
    });
    await expect(assertOpsAppliedOnce(server.store, dev.deviceId, [op])).rejects.toThrow(
      /I1: op seq 1 \(receive.item\) applied its own deltas, once/,
    );
    await expect(assertStockArithmetic(server.store, 'WH1')).rejects.toThrow(
      /DOCK-1\|SKU-10003\|\|: book \d+, ledger \d+, ops/,
    );
  });

  it("C: an item silently negative, excused only by another item's exception there, fails I4", async () => {
    // Both items taken below zero at A-03-1 by moves over the book: each raises its exception.
    const over = async (sku: string, by: number) => {
      const book = await stockOf(server.store, 'WH1', 'A-03-1', sku);
      const res = await dev.push([dev.move({ sku, from: 'A-03-1', to: 'C-06-2', qty: book + by })]);
      expect(res.body.results[0]!.exceptions).toContainEqual(
        expect.objectContaining({ kind: 'move.over_book' }),
      );
    };
    await over('SKU-10003', 1);
    await over('SKU-10200', 7);
    expect(await stockOf(server.store, 'WH1', 'A-03-1', 'SKU-10200')).toBe(-7);
    await healthy();
    // The handler "forgot" SKU-10200's exception; SKU-10003's at the same location remains.
    await server.store.db
      .deleteFrom('exceptions')
      .where('warehouse_id', '=', 'WH1')
      .where('ref', '=', 'A-03-1')
      .where(sql<boolean>`said like ${'%SKU-10200%'}`)
      .execute();
    await expect(assertStockArithmetic(server.store, 'WH1')).rejects.toThrow(
      /negative bucket has an exception.*A-03-1\|SKU-10200/s,
    );
  });

  it('D (control): a stock row edited to 12345 fails I4', async () => {
    await healthy();
    await server.store.db
      .updateTable('stock')
      .set({ qty: 12345 })
      .where('warehouse_id', '=', 'WH1')
      .where('location', '=', 'A-01-1')
      .where('sku', '=', 'SKU-10001')
      .execute();
    await expect(assertStockArithmetic(server.store, 'WH1')).rejects.toThrow(
      /A-01-1\|SKU-10001\|\|: book 12345/,
    );
  });

  it('E: a stock change written to the tables but not the feed fails I3', async () => {
    const before = await stockOf(server.store, 'WH1', 'C-06-2', 'SKU-10001');
    await dev.pullAll();
    const feedRow = await server.store.db
      .selectFrom('sync_rows')
      .selectAll()
      .where('warehouse_id', '=', 'WH1')
      .where('entity', '=', 'stock')
      .where('key', '=', 'C-06-2|SKU-10001||')
      .executeTakeFirst();
    const res = await dev.push([
      dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'C-06-2', qty: 3 }),
    ]);
    expect(res.body.results[0]!.status).toBe('applied');
    await dev.pullAll();
    await healthy();
    assertRowsMatchTables(dev.rows, await tableState(server.store, 'WH1'), 'SimDevice');
    // Put the feed back as it was before the move (stock and movements keep it): the handler
    // "forgot" to emit. A device pulling now shows the old quantity; the server holds the new.
    await server.store.write(async (trx) => {
      await trx
        .deleteFrom('sync_rows')
        .where('warehouse_id', '=', 'WH1')
        .where('entity', '=', 'stock')
        .where('key', '=', 'C-06-2|SKU-10001||')
        .execute();
      if (feedRow) await trx.insertInto('sync_rows').values(feedRow).execute();
    });
    const fresh = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    await fresh.pullAll();
    expect(
      (fresh.table('stock').get('C-06-2|SKU-10001||') as { qty: number } | undefined)?.qty ?? 0,
    ).toBe(before);
    await assertStockArithmetic(server.store, 'WH1');
    const tables = await tableState(server.store, 'WH1');
    await expect(assertFeedMatchesTables(server.store, 'WH1')).rejects.toThrow(
      /I3: the feed's stock rows = the table/,
    );
    expect(() => assertRowsMatchTables(fresh.rows, tables, 'SimDevice')).toThrow(
      /I3: SimDevice stock = the server's table/,
    );
  });
});
