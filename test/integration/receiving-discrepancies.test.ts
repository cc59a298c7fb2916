// Receiving discrepancies and putaway through real HTTP on each store: closing with short
// lines, items not on the receipt and wrong items, returns, serial checks, and putaway into
// the scanned location (R1, R3, R6, R7, P6, I4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  exceptionsOf,
  importReceipt,
  ledgerMismatches,
  lineOf,
  newDelivery,
  receiptStatusOf,
  receive,
} from '../helpers/receiving.ts';

describe.each(storeKinds())('receiving discrepancies and putaway on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let supervisor: HttpClient;
  let device: (username?: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    supervisor = await server.as('supervisor');
    device = async (username = 'receiver') =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  it('R6/R3: a supervisor closes by API with a reason, short lines are raised, later receipts are applied and raised once per delivery', async () => {
    await importReceipt(admin, {
      number: 'R-CLOSE',
      lines: [
        { sku: 'SKU-10009', qty: 10 },
        { sku: 'SKU-10010', qty: 5 },
      ],
    });
    const dev = await device();
    await dev.push([
      receive(dev, {
        receipt: 'R-CLOSE',
        delivery: newDelivery(),
        line: 1,
        sku: 'SKU-10009',
        qty: 7,
      }),
    ]);
    const noReason = await supervisor.post(
      '/api/supervisor/warehouses/WH1/receipts/R-CLOSE/close',
      {},
    );
    expect(noReason.status).toBe(400);
    const byReceiver = await (
      await server.as('receiver')
    ).post('/api/supervisor/warehouses/WH1/receipts/R-CLOSE/close', {
      reason: 'supplier cancelled the rest',
    });
    expect(byReceiver.status).toBe(403);
    const missing = await supervisor.post('/api/supervisor/warehouses/WH1/receipts/NOPE/close', {
      reason: 'no such receipt',
    });
    expect(missing.status).toBe(404);
    const closed = await supervisor.post<{
      closed: boolean;
      exceptions: { kind: string; message: string }[];
    }>('/api/supervisor/warehouses/WH1/receipts/R-CLOSE/close', {
      reason: 'supplier cancelled the rest',
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closed).toBe(true);
    expect(closed.body.exceptions.map((x) => x.kind)).toEqual(['receive.short']);
    expect(closed.body.exceptions[0]!.message).toContain('SKU-10009 7 of 10, SKU-10010 0 of 5');
    expect(await receiptStatusOf(server.store, 'R-CLOSE')).toBe('closed');
    const again = await supervisor.post<{ closed: boolean }>(
      '/api/supervisor/warehouses/WH1/receipts/R-CLOSE/close',
      { reason: 'twice' },
    );
    expect(again.body.closed).toBe(false);

    const late = newDelivery();
    const res = await dev.push([
      receive(dev, { receipt: 'R-CLOSE', delivery: late, line: 2, sku: 'SKU-10010', qty: 2 }),
      receive(dev, { receipt: 'R-CLOSE', delivery: late, line: 2, sku: 'SKU-10010', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.exceptions?.map((x) => x.kind) ?? [])).toEqual([
      ['receive.closed_receipt'],
      [],
    ]);
    expect(await lineOf(server.store, 'R-CLOSE', '2')).toMatchObject({ received: 3 });
    expect(await receiptStatusOf(server.store, 'R-CLOSE')).toBe('closed');
  });

  it('R6: a supervisor device records receive.close offline and it applies', async () => {
    await importReceipt(admin, { number: 'R-CLOP', lines: [{ sku: 'SKU-10011', qty: 1 }] });
    const sup = await device('supervisor');
    const res = await sup.push([
      sup.op('receive.close', { receipt: 'R-CLOP', reason: 'order cancelled' }),
    ]);
    expect(res.body.results[0]).toMatchObject({
      status: 'applied',
      exceptions: [expect.objectContaining({ kind: 'receive.short' })],
    });
    await sup.pullAll();
    expect(sup.table('receipt').get('R-CLOP')).toMatchObject({
      status: 'closed',
      closedReason: 'order cancelled',
    });
  });

  it('R3: unexpected items are applied and raised when they first appear, not on every scan; a wrong item is marked', async () => {
    await importReceipt(admin, { number: 'R-UNEX', lines: [{ sku: 'SKU-10012', qty: 2 }] });
    const dev = await device();
    const d = newDelivery();
    const res = await dev.push([
      receive(dev, { receipt: 'R-UNEX', delivery: d, line: null, sku: 'SKU-10013', qty: 1 }),
      receive(dev, { receipt: 'R-UNEX', delivery: d, line: null, sku: 'SKU-10013', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.exceptions?.map((x) => x.kind) ?? [])).toEqual([
      ['receive.unexpected_item'],
      [],
    ]);
    expect(await lineOf(server.store, 'R-UNEX', '+SKU-10013')).toMatchObject({ received: 2 });
    await dev.pullAll();
    expect(dev.table('receiptLine').get('R-UNEX|+SKU-10013')).toMatchObject({
      line: null,
      expectedQty: 0,
      receivedQty: 2,
    });
    // The receiver then says it was sent instead of line 1: a wrong item.
    const wrong = await dev.push([
      dev.op('receive.wrong_item', { receipt: 'R-UNEX', sku: 'SKU-10013', insteadOfLine: 1 }),
      dev.op('receive.wrong_item', { receipt: 'R-UNEX', sku: 'SKU-10013', insteadOfLine: 9 }),
      dev.op('receive.wrong_item', { receipt: 'R-UNEX', sku: 'SKU-10012', insteadOfLine: 1 }),
    ]);
    expect(wrong.body.results.map((r) => r.code ?? r.exceptions?.map((x) => x.kind))).toEqual([
      ['receive.wrong_item'],
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_DOCUMENT',
    ]);
    await dev.pullAll();
    expect(dev.table('receiptLine').get('R-UNEX|+SKU-10013')).toMatchObject({ replacesLine: 1 });
  });

  it('R1: returns: resaleable to the dock, damaged to quarantine, scrap to no stock, all on the line', async () => {
    await importReceipt(admin, {
      number: 'RT-TEST',
      type: 'return',
      lines: [{ sku: 'SKU-10014', qty: 3 }],
    });
    const dock0 = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10014');
    const quar0 = await stockOf(server.store, 'WH1', 'QUAR-1', 'SKU-10014');
    const dev = await device();
    const d = newDelivery();
    const res = await dev.push([
      receive(dev, { receipt: 'RT-TEST', delivery: d, line: 1, sku: 'SKU-10014', qty: 1 }),
      receive(dev, {
        receipt: 'RT-TEST',
        delivery: d,
        line: 1,
        sku: 'SKU-10014',
        qty: 1,
        condition: 'damaged',
        reason: 'opened',
      }),
      receive(dev, {
        receipt: 'RT-TEST',
        delivery: d,
        line: 1,
        sku: 'SKU-10014',
        qty: 1,
        condition: 'scrap',
        reason: 'broken',
      }),
    ]);
    expect(res.body.results.map((r) => r.exceptions?.map((x) => x.kind) ?? [])).toEqual([
      [],
      ['receive.damaged'],
      [],
    ]);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10014')).toBe(dock0 + 1);
    expect(await stockOf(server.store, 'WH1', 'QUAR-1', 'SKU-10014')).toBe(quar0 + 1);
    expect(await lineOf(server.store, 'RT-TEST', '1')).toEqual({
      received: 3,
      damaged: 1,
      scrap: 1,
      serials: [],
    });
    expect(await receiptStatusOf(server.store, 'RT-TEST')).toBe('complete');
  });

  it('R3: unannounced and duplicate serials are applied and raised; missing tracking is raised', async () => {
    await importReceipt(admin, {
      number: 'R-SER',
      lines: [
        { sku: 'SKU-10043', qty: 3, serials: ['S-1', 'S-2', 'S-3'] },
        { sku: 'SKU-10008', qty: 2 },
      ],
    });
    const a = await device();
    const b = await device();
    const res = await a.push([
      receive(a, {
        receipt: 'R-SER',
        delivery: newDelivery(),
        line: 1,
        sku: 'SKU-10043',
        qty: 1,
        serials: ['S-1'],
      }),
      receive(a, {
        receipt: 'R-SER',
        delivery: newDelivery(),
        line: 1,
        sku: 'SKU-10043',
        qty: 1,
        serials: ['X-9'],
      }),
      receive(a, { receipt: 'R-SER', delivery: newDelivery(), line: 2, sku: 'SKU-10008', qty: 2 }),
    ]);
    expect(res.body.results.map((r) => r.exceptions?.map((x) => x.kind) ?? [])).toEqual([
      [],
      ['receive.serial_unexpected'],
      ['receive.missing_tracking'],
    ]);
    const dup = await b.push([
      receive(b, {
        receipt: 'R-SER',
        delivery: newDelivery(),
        line: 1,
        sku: 'SKU-10043',
        qty: 1,
        serials: ['S-1'],
      }),
    ]);
    expect(dup.body.results[0]!.exceptions?.map((x) => x.kind)).toEqual([
      'receive.serial_duplicate',
    ]);
    expect(await lineOf(server.store, 'R-SER', '1')).toMatchObject({
      received: 3,
      serials: ['S-1', 'X-9', 'S-1'],
    });
  });

  it('R7/I4: putaway moves stock out of the dock into the scanned location; cross-dock goes to outbound; more than the book is raised', async () => {
    await importReceipt(admin, { number: 'R-PUT', lines: [{ sku: 'SKU-10015', qty: 10 }] });
    const dev = await device();
    await dev.push([
      receive(dev, {
        receipt: 'R-PUT',
        delivery: newDelivery(),
        line: 1,
        sku: 'SKU-10015',
        qty: 10,
      }),
    ]);
    const dock0 = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10015');
    const home0 = await stockOf(server.store, 'WH1', 'A-05-1', 'SKU-10015');
    const res = await dev.push([
      dev.op('putaway.move', {
        sku: 'SKU-10015',
        from: 'DOCK-1',
        to: 'A-05-1',
        qty: 6,
        suggested: 'A-05-1',
      }),
      dev.op('putaway.move', {
        sku: 'SKU-10015',
        from: 'DOCK-1',
        to: 'OUT-1',
        qty: 4,
        crossDock: true,
        suggested: 'OUT-1',
      }),
      dev.op('putaway.move', { sku: 'SKU-10015', from: 'DOCK-1', to: 'B-01-1', qty: 1 }),
      dev.op('putaway.move', { sku: 'SKU-10015', from: 'DOCK-1', to: 'Z-99', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.exceptions?.map((x) => x.kind) ?? [])).toEqual([
      [],
      [],
      ['putaway.over_book'],
      'UNKNOWN_LOCATION',
    ]);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10015')).toBe(dock0 - 11);
    expect(await stockOf(server.store, 'WH1', 'A-05-1', 'SKU-10015')).toBe(home0 + 6);
    expect(await stockOf(server.store, 'WH1', 'OUT-1', 'SKU-10015')).toBe(4);
    const kinds = await server.store.db
      .selectFrom('movements')
      .select('kind')
      .where(
        'op_id',
        'in',
        res.body.results.slice(0, 2).map((r) => r.opId),
      )
      .execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual([
      'cross-dock',
      'cross-dock',
      'putaway',
      'putaway',
    ]);
    expect(await ledgerMismatches(server.store)).toEqual([]);
  });

  it('exceptions raised by receiving reach devices with the receipt as reference', async () => {
    const dev = await device();
    await dev.pullAll();
    const kinds = new Set(
      [...dev.table('exception').values()].map((x) => (x as { kind: string }).kind),
    );
    for (const k of ['receive.damaged', 'receive.short', 'receive.unexpected_item'])
      expect(kinds.has(k), k).toBe(true);
    expect((await exceptionsOf(server.store, 'R-UNEX')).map((x) => x.kind)).toEqual([
      'receive.unexpected_item',
      'receive.wrong_item',
    ]);
  });
});
