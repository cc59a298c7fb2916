// Two receivers offline on the same receipt, each with their own delivery: whatever order their
// batches arrive in, and however often they are resent, both deliveries count once each (I1);
// the over-receipt they make together becomes one exception (P6); devices converge (I3, I4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { feedState, stockOf, userId } from '../helpers/server-state.ts';
import {
  exceptionsOf,
  importReceipt,
  ledgerMismatches,
  lineOf,
  newDelivery,
  receive,
} from '../helpers/receiving.ts';

describe.each(storeKinds())('two receivers offline on one receipt, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const receiver = async () =>
    new SimDevice(await server.as('receiver'), 'WH1', await userId(server.store, 'receiver'));

  it.each([
    ['A first', 'R-TWO-A', false],
    ['B first', 'R-TWO-B', true],
  ])(
    'R2/R3, %s: both deliveries count once, the over-receipt is one exception',
    async (_, number, bFirst) => {
      const admin = await server.as('admin');
      await importReceipt(admin, {
        number,
        tolerancePct: 10,
        lines: [
          { sku: 'SKU-10020', qty: 10 },
          { sku: 'SKU-10021', qty: 4 },
        ],
      });
      const dock0 = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10020');
      const a = await receiver();
      const b = await receiver();
      await a.pullAll();
      await b.pullAll();
      // Offline: each records its own arrival against the receipt it already holds.
      const da = newDelivery();
      const db = newDelivery();
      const opsA = [
        receive(a, { receipt: number, delivery: da, line: 1, sku: 'SKU-10020', qty: 6 }),
        receive(a, { receipt: number, delivery: da, line: 2, sku: 'SKU-10021', qty: 2 }),
        a.op('receive.finish', { receipt: number, delivery: da }),
      ];
      const opsB = [
        receive(b, { receipt: number, delivery: db, line: 1, sku: 'SKU-10020', qty: 3 }),
        receive(b, { receipt: number, delivery: db, line: 1, sku: 'SKU-10020', qty: 3 }),
        receive(b, { receipt: number, delivery: db, line: 2, sku: 'SKU-10021', qty: 2 }),
        b.op('receive.finish', { receipt: number, delivery: db }),
      ];
      const order: [SimDevice, typeof opsA][] = bFirst
        ? [
            [b, opsB],
            [a, opsA],
          ]
        : [
            [a, opsA],
            [b, opsB],
          ];
      const raised: string[] = [];
      for (const [dev, ops] of order) {
        const res = await dev.push(ops);
        expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
        raised.push(...res.body.results.flatMap((r) => r.exceptions?.map((x) => x.kind) ?? []));
      }
      // Lost answers: both batches again, concurrently. Nothing is applied twice (I1).
      const again = await Promise.all(order.map(([dev, ops]) => dev.push(ops)));
      for (const res of again)
        expect(res.body.results.every((r) => r.status === 'duplicate')).toBe(true);

      expect(raised).toEqual(['receive.over']);
      const over = (await exceptionsOf(server.store, number)).filter(
        (x) => x.kind === 'receive.over',
      );
      expect(over).toHaveLength(1);
      expect(JSON.parse(over[0]!.believed)).toMatchObject({ expected: 10, limit: 11 });
      expect(await lineOf(server.store, number, '1')).toMatchObject({ received: 12 });
      expect(await lineOf(server.store, number, '2')).toMatchObject({ received: 4 });
      expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10020')).toBe(dock0 + 12);
      const deliveries = await server.store.db
        .selectFrom('receipt_deliveries')
        .select(['id', 'units', 'finished_at'])
        .where('receipt', '=', number)
        .execute();
      expect(new Map(deliveries.map((d) => [d.id, Number(d.units)]))).toEqual(
        new Map([
          [da, 8],
          [db, 8],
        ]),
      );
      expect(deliveries.every((d) => d.finished_at !== null)).toBe(true);

      // I3: after sync both devices hold what the server holds; I4: the ledger adds up.
      await a.pullAll();
      await b.pullAll();
      const state = await feedState(server.store, 'WH1');
      for (const dev of [a, b]) {
        for (const entity of ['receipt', 'receiptLine', 'receiptDelivery', 'stock', 'exception'])
          expect(dev.table(entity), entity).toEqual(state.get(entity) ?? new Map());
      }
      expect(a.table('receipt').get(number)).toMatchObject({ status: 'complete' });
      expect(await ledgerMismatches(server.store)).toEqual([]);
    },
  );
});
