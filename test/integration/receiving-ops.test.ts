// Receiving ops through real HTTP on each store: roles (P14), unknown documents (P5), lines
// accumulating into dock stock, damage into quarantine with its photo, the undo as a
// compensating op, and partial deliveries (R1, R2, R4, R5, R8).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  importReceipt,
  ledgerMismatches,
  lineOf,
  newDelivery,
  receiptStatusOf,
  receive,
  undo,
} from '../helpers/receiving.ts';

const PHOTO = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDA==';

describe.each(storeKinds())('receiving ops on %s', (kind) => {
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

  it('P14: receive and putaway ops from users without the receiver role are rejected, nothing moves', async () => {
    await importReceipt(admin, { number: 'R-ROLE', lines: [{ sku: 'SKU-10001', qty: 5 }] });
    const before = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10001');
    for (const username of ['picker', 'counter']) {
      const dev = await device(username);
      const d = newDelivery();
      const res = await dev.push([
        receive(dev, { receipt: 'R-ROLE', delivery: d, line: 1, sku: 'SKU-10001', qty: 2 }),
        dev.op('putaway.move', { sku: 'SKU-10001', from: 'DOCK-1', to: 'A-01-1', qty: 1 }),
        dev.op('receive.finish', { receipt: 'R-ROLE', delivery: d }),
      ]);
      expect(res.body.results.map((r) => r.code)).toEqual([
        'ROLE_NOT_ALLOWED',
        'ROLE_NOT_ALLOWED',
        'ROLE_NOT_ALLOWED',
      ]);
      expect(res.body.lastSeq).toBe(3);
    }
    const receiver = await device('receiver');
    const close = await receiver.push([
      receiver.op('receive.close', { receipt: 'R-ROLE', reason: 'I am only a receiver' }),
    ]);
    expect(close.body.results[0]).toMatchObject({ status: 'rejected', code: 'ROLE_NOT_ALLOWED' });
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10001')).toBe(before);
    expect(await lineOf(server.store, 'R-ROLE', '1')).toMatchObject({ received: 0 });
    expect(await receiptStatusOf(server.store, 'R-ROLE')).toBe('open');
  });

  it('P5/R4: an unknown receipt, a line of another item and a malformed receive are rejected', async () => {
    await importReceipt(admin, { number: 'R-BAD', lines: [{ sku: 'SKU-10001', qty: 5 }] });
    const dev = await device();
    const d = newDelivery();
    const res = await dev.push([
      receive(dev, { receipt: 'NOPE-9', delivery: d, line: 1, sku: 'SKU-10001', qty: 1 }),
      receive(dev, { receipt: 'R-BAD', delivery: d, line: 1, sku: 'SKU-10002', qty: 1 }),
      receive(dev, { receipt: 'R-BAD', delivery: d, line: 7, sku: 'SKU-10001', qty: 1 }),
      receive(dev, { receipt: 'R-BAD', delivery: d, line: 1, sku: 'SKU-10001', qty: 0 }),
      receive(dev, {
        receipt: 'R-BAD',
        delivery: d,
        line: 1,
        sku: 'SKU-10001',
        qty: 1,
        condition: 'damaged',
      }),
      receive(dev, { receipt: 'R-BAD', delivery: d, line: 1, sku: 'SKU-10001', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_DOCUMENT',
      'OP_MALFORMED',
      'OP_MALFORMED',
      'applied',
    ]);
    expect(res.body.results[4]!.message).toContain('reason');
    expect(await lineOf(server.store, 'R-BAD', '1')).toMatchObject({ received: 1 });
  });

  it('R1/R8: scans accumulate on the line and into the dock; damaged units go to quarantine with reason and photo', async () => {
    await importReceipt(admin, {
      number: 'R-ACC',
      lines: [
        { sku: 'SKU-10003', qty: 30 },
        { sku: 'SKU-10004', qty: 4 },
      ],
    });
    const dock0 = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10003');
    const quar0 = await stockOf(server.store, 'WH1', 'QUAR-1', 'SKU-10004');
    const dev = await device();
    const d = newDelivery();
    const res = await dev.push([
      receive(dev, { receipt: 'R-ACC', delivery: d, line: 1, sku: 'SKU-10003', qty: 24 }),
      receive(dev, { receipt: 'R-ACC', delivery: d, line: 1, sku: 'SKU-10003', qty: 1 }),
      receive(dev, { receipt: 'R-ACC', delivery: d, line: 2, sku: 'SKU-10004', qty: 3 }),
      receive(dev, {
        receipt: 'R-ACC',
        delivery: d,
        line: 2,
        sku: 'SKU-10004',
        qty: 1,
        condition: 'damaged',
        reason: 'crushed',
        photo: PHOTO,
      }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    expect(res.body.results[3]!.exceptions).toEqual([
      expect.objectContaining({ kind: 'receive.damaged' }),
    ]);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10003')).toBe(dock0 + 25);
    expect(await stockOf(server.store, 'WH1', 'QUAR-1', 'SKU-10004')).toBe(quar0 + 1);
    expect(await lineOf(server.store, 'R-ACC', '1')).toMatchObject({ received: 25 });
    expect(await lineOf(server.store, 'R-ACC', '2')).toMatchObject({ received: 4, damaged: 1 });
    expect(await receiptStatusOf(server.store, 'R-ACC')).toBe('open');

    const detail = await supervisor.get<{
      lines: { sku: string; receivedQty: number }[];
      events: { opId: string; photo: boolean; reason: string | null }[];
      exceptions: { kind: string; said: { photo?: string } }[];
    }>('/api/supervisor/warehouses/WH1/receipts/R-ACC');
    expect(detail.status).toBe(200);
    expect(detail.body.events).toHaveLength(4);
    const damaged = detail.body.exceptions.find((x) => x.kind === 'receive.damaged')!;
    expect(damaged.said.photo).toBe(res.body.results[3]!.opId);
    const photo = await supervisor.get(
      `/api/supervisor/warehouses/WH1/receipt-photos/${damaged.said.photo!}`,
    );
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    const receiverOnly = await (
      await server.as('receiver')
    ).get('/api/supervisor/warehouses/WH1/receipts/R-ACC');
    expect(receiverOnly.status).toBe(403);
  });

  it('R5: undo is a compensating op: stock and progress go back, a second undo is rejected', async () => {
    await importReceipt(admin, { number: 'R-UNDO', lines: [{ sku: 'SKU-10005', qty: 12 }] });
    const dock0 = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10005');
    const dev = await device();
    const d = newDelivery();
    const first = receive(dev, {
      receipt: 'R-UNDO',
      delivery: d,
      line: 1,
      sku: 'SKU-10005',
      qty: 12,
    });
    const takeBack = undo(dev, first);
    const res = await dev.push([first, takeBack, undo(dev, first)]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'applied',
      'CONFLICT',
    ]);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10005')).toBe(dock0);
    expect(await lineOf(server.store, 'R-UNDO', '1')).toMatchObject({ received: 0 });
    const second = receive(dev, {
      receipt: 'R-UNDO',
      delivery: d,
      line: 1,
      sku: 'SKU-10005',
      qty: 2,
    });
    const tampered = undo(dev, second);
    (tampered.payload as { qty: number }).qty = 1;
    const ghost = undo(dev, { ...first, opId: crypto.randomUUID() });
    const more = await dev.push([second, tampered, ghost]);
    expect(more.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'OP_MALFORMED',
      'UNKNOWN_DOCUMENT',
    ]);
    expect(await lineOf(server.store, 'R-UNDO', '1')).toMatchObject({ received: 2 });
    expect(await ledgerMismatches(server.store)).toEqual([]);
  });

  it('R2/R6: partial deliveries: each arrival is recorded apart; the receipt stays open until complete', async () => {
    await importReceipt(admin, {
      number: 'R-PART',
      lines: [
        { sku: 'SKU-10006', qty: 10 },
        { sku: 'SKU-10007', qty: 6 },
      ],
    });
    const dev = await device();
    const monday = newDelivery();
    const tuesday = newDelivery();
    await dev.push([
      receive(dev, { receipt: 'R-PART', delivery: monday, line: 1, sku: 'SKU-10006', qty: 4 }),
      receive(dev, { receipt: 'R-PART', delivery: monday, line: 2, sku: 'SKU-10007', qty: 6 }),
      dev.op('receive.finish', { receipt: 'R-PART', delivery: monday }),
    ]);
    expect(await receiptStatusOf(server.store, 'R-PART')).toBe('open');
    const res = await dev.push([
      receive(dev, { receipt: 'R-PART', delivery: tuesday, line: 1, sku: 'SKU-10006', qty: 6 }),
      dev.op('receive.finish', { receipt: 'R-PART', delivery: tuesday }),
    ]);
    expect(res.body.results.every((r) => r.status === 'applied' && !r.exceptions)).toBe(true);
    expect(await receiptStatusOf(server.store, 'R-PART')).toBe('complete');
    await dev.pullAll();
    const deliveries = [...dev.table('receiptDelivery').values()].filter(
      (x) => (x as { receipt: string }).receipt === 'R-PART',
    );
    expect(deliveries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: monday, units: 10, finished: true }),
        expect.objectContaining({ id: tuesday, units: 6, finished: true }),
      ]),
    );
    expect(dev.table('receipt').get('R-PART')).toMatchObject({ status: 'complete' });
  });
});
