// Finding M4 (exception flood and billions on the books): one op moves at most what ten of the
// item's largest packs hold (10,000 units at least), else INVALID_QUANTITY; and a device that
// repeats the same over-book move gets at most ten open exceptions for that location and item,
// the last one counting the repeats, not thousands that bury the real ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

describe.each(storeKinds())('absurd quantities and repeated contradictions on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const picker = async () =>
    new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));

  const boundOf = async (sku: string) => {
    const row = await server.store.db
      .selectFrom('item_barcodes')
      .select((eb) => eb.fn.max('pack_qty').as('pack'))
      .where('warehouse_id', '=', 'WH1')
      .where('sku', '=', sku)
      .executeTakeFirst();
    return Math.max(10_000, 10 * Number(row?.pack ?? 0));
  };

  it('M4: a move above the per-op bound is rejected INVALID_QUANTITY; at the bound it applies', async () => {
    const dev = await picker();
    const bound = await boundOf('SKU-10002');
    const before = await stockOf(server.store, 'WH1', 'C-02-1', 'SKU-10002');
    const res = await dev.push([
      dev.move({ sku: 'SKU-10002', from: 'A-01-2', to: 'C-02-1', qty: 1_000_000 }),
      dev.move({ sku: 'SKU-10002', from: 'A-01-2', to: 'C-02-1', qty: bound + 1 }),
      dev.move({ sku: 'SKU-10002', from: 'A-01-2', to: 'C-02-1', qty: bound }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'INVALID_QUANTITY',
      'INVALID_QUANTITY',
      'applied',
    ]);
    expect(await stockOf(server.store, 'WH1', 'C-02-1', 'SKU-10002')).toBe(before + bound);
  });

  it('M4: 500 repeated over-book moves from one device raise ten open exceptions, the last counted', async () => {
    const dev = await picker();
    const other = await picker();
    for (let push = 0; push < 10; push++) {
      const ops = Array.from({ length: 50 }, () =>
        dev.move({ sku: 'SKU-10003', from: 'A-02-1', to: 'C-03-2', qty: 5_000 }),
      );
      const res = await dev.push(ops);
      expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
    }
    await other.push([other.move({ sku: 'SKU-10003', from: 'A-02-1', to: 'C-03-2', qty: 5_000 })]);
    const open = await server.store.db
      .selectFrom('exceptions')
      .select(['device_id', 'said'])
      .where('kind', '=', 'move.over_book')
      .where('status', '=', 'open')
      .where('ref', '=', 'A-02-1')
      .execute();
    const mine = open.filter((x) => x.device_id === dev.deviceId);
    expect(mine).toHaveLength(10);
    expect(open.filter((x) => x.device_id === other.deviceId)).toHaveLength(1);
    const counted = mine.map((x) => JSON.parse(x.said) as { repeats?: number; totalQty?: number });
    expect(counted.filter((s) => s.repeats === undefined)).toHaveLength(9);
    expect(counted.find((s) => s.repeats)).toMatchObject({ repeats: 491, totalQty: 491 * 5_000 });
    // The console lists those ten, not five hundred.
    const sup = await server.as('supervisor');
    const listed = await sup.get<{ exceptions: { kind: string; deviceId: string }[] }>(
      '/api/console/warehouses/WH1/exceptions?kind=move.over_book',
    );
    expect(listed.body.exceptions.filter((x) => x.deviceId === dev.deviceId)).toHaveLength(10);
  });
});
