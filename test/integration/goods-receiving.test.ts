// Goods rules at receiving on each store (docs/receiving.md R9, R10): an expired or short-dated
// lot raises its exception whatever the device decided, a refusal is recorded without stock, and
// a lot other than the announced one is booked as read and raised.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { exceptionsOf, importReceipt, lineOf, newDelivery, receive } from '../helpers/receiving.ts';
import { isoDay } from '../../src/core/goods/shelf-life.ts';

// SKU-10008 is demo food: at least 30 days of shelf life to receive.
const FOOD = 'SKU-10008';
const inDays = (n: number) => isoDay(Date.now() + n * 86_400_000);

describe.each(storeKinds())('goods rules at receiving on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let dev: SimDevice;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    dev = new SimDevice(await server.as('receiver'), 'WH1', await userId(server.store, 'receiver'));
  });
  afterAll(() => server.close());

  it('R9 an expired lot into quarantine and a short-dated one received as good both raise their exception', async () => {
    await importReceipt(admin, {
      number: 'G-EXP',
      lines: [{ sku: FOOD, qty: 10, lot: 'LA', expiry: inDays(200) }],
    });
    const d = newDelivery();
    const expired = inDays(-30);
    const short = inDays(10);
    const res = await dev.push([
      receive(dev, {
        receipt: 'G-EXP',
        delivery: d,
        line: 1,
        sku: FOOD,
        qty: 2,
        lot: 'LA',
        expiry: expired,
        condition: 'damaged',
        reason: 'expired',
      }),
      // an old or hostile client that did not ask: applied (the floor is the truth) and raised
      receive(dev, {
        receipt: 'G-EXP',
        delivery: d,
        line: 1,
        sku: FOOD,
        qty: 1,
        lot: 'LA',
        expiry: short,
      }),
    ]);
    expect(res.body.results.map((r) => r.exceptions?.map((x) => x.kind))).toEqual([
      ['receive.expired'],
      ['receive.short_dated'],
    ]);
    expect(await stockOf(server.store, 'WH1', 'QUAR-1', FOOD, 'LA', expired)).toBe(2);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', FOOD, 'LA', short)).toBe(1);
    const raised = await exceptionsOf(server.store, 'G-EXP');
    expect(raised.map((x) => x.message)).toEqual([
      expect.stringContaining(`expired ${expired}; put in QUAR-1`),
      expect.stringContaining('(10 days left, 30 needed)'),
    ]);
  });

  it('R9 a refusal is recorded as an exception and moves no stock nor the line', async () => {
    await importReceipt(admin, { number: 'G-REF', lines: [{ sku: FOOD, qty: 4 }] });
    const expired = inDays(-3);
    const res = await dev.push([
      dev.op('receive.refuse', {
        receipt: 'G-REF',
        delivery: newDelivery(),
        line: 1,
        sku: FOOD,
        qty: 4,
        lot: 'LR',
        expiry: expired,
        reason: 'expired',
      }),
      dev.op('receive.refuse', {
        receipt: 'G-REF',
        delivery: newDelivery(),
        line: 1,
        sku: FOOD,
        qty: 1,
        reason: 'spoiled',
      }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(res.body.results[1]).toMatchObject({ code: 'OP_MALFORMED' });
    expect(res.body.results[0]!.exceptions?.map((x) => x.kind)).toEqual(['receive.refused']);
    expect(await lineOf(server.store, 'G-REF', '1')).toMatchObject({ received: 0 });
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', FOOD, 'LR', expired)).toBe(0);
    const [x] = await exceptionsOf(server.store, 'G-REF');
    expect(x!.message).toBe(
      `Refused 4 × ${FOOD} lot LR on receipt G-REF (expired, expiry ${expired})`,
    );
    expect(JSON.parse(x!.believed)).toMatchObject({ kind: 'expired', expiry: expired });
  });

  it('R10 a lot other than the announced one is booked as read and raised with both lots', async () => {
    await importReceipt(admin, {
      number: 'G-LOT',
      lines: [{ sku: FOOD, qty: 5, lot: 'L27031', expiry: inDays(300) }],
    });
    const good = inDays(400);
    const res = await dev.push([
      receive(dev, {
        receipt: 'G-LOT',
        delivery: newDelivery(),
        line: 1,
        sku: FOOD,
        qty: 3,
        lot: 'LX999',
        expiry: good,
      }),
    ]);
    expect(res.body.results[0]!.exceptions?.map((x) => x.kind)).toEqual(['receive.lot_other']);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', FOOD, 'LX999', good)).toBe(3);
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', FOOD, 'L27031', inDays(300))).toBe(0);
    const [x] = await exceptionsOf(server.store, 'G-LOT');
    expect(JSON.parse(x!.believed)).toEqual({ announced: 'L27031', read: 'LX999' });
  });
});
