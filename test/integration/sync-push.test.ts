// Push rules P2-P6, P9, P11, P13, P14, P18 through real HTTP on each store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';

describe.each(storeKinds())('push on %s', (kind) => {
  let server: TestServer;
  let device: (username?: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async (username = 'picker') =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  it('P2: applies ops in seq order, each with its outcome, and moves stock', async () => {
    const dev = await device();
    const before = await stockOf(server.store, 'WH1', 'A-01-1', 'SKU-10001');
    const res = await dev.push([
      dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 2 }),
      dev.move({ sku: 'SKU-10001', from: 'A-01-2', to: 'A-02-2', qty: 1 }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
    expect(res.body.lastSeq).toBe(2);
    expect(await stockOf(server.store, 'WH1', 'A-01-1', 'SKU-10001')).toBe(before - 2);
    expect(await stockOf(server.store, 'WH1', 'A-01-2', 'SKU-10001')).toBe(1);
    expect(await stockOf(server.store, 'WH1', 'A-02-2', 'SKU-10001')).toBe(1);
  });

  it('P3: a resent op is a duplicate with its stored outcome and is not applied twice', async () => {
    const dev = await device();
    const op = dev.move({ sku: 'SKU-10002', from: 'A-02-1', to: 'A-03-2', qty: 3 });
    const first = await dev.push([op]);
    const again = await dev.push([op]);
    expect(again.body.results[0]).toMatchObject({
      status: 'duplicate',
      original: 'applied',
      version: first.body.results[0]!.version,
    });
    expect(await stockOf(server.store, 'WH1', 'A-03-2', 'SKU-10002')).toBe(3);
  });

  it('P4: a gap stops the batch and names the expected seq', async () => {
    const dev = await device();
    const ops = [1, 2, 3].map(() =>
      dev.move({ sku: 'SKU-10003', from: 'A-03-1', to: 'A-04-2', qty: 1 }),
    );
    const res = await dev.push([ops[1]!, ops[2]!]);
    expect(res.body.results).toEqual([
      { seq: 2, opId: ops[1]!.opId, status: 'gap', expectedSeq: 1 },
    ]);
    expect(await stockOf(server.store, 'WH1', 'A-04-2', 'SKU-10003')).toBe(0);
    const resend = await dev.push(ops);
    expect(resend.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('P5/P11: unknown type, unknown version, bad payload and unknown item are rejected; lastSeq moves on', async () => {
    const dev = await device();
    const res = await dev.push([
      dev.op('stock.teleport', {}),
      dev.op('stock.move', { sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1 }, 99),
      dev.op('stock.move', { sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: -4 }),
      dev.move({ sku: 'NOPE-1', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
      dev.move({ sku: 'SKU-10001', from: 'Z-99', to: 'A-01-2', qty: 1 }),
      dev.move({ sku: 'SKU-10004', from: 'A-04-1', to: 'A-05-2', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'OP_UNKNOWN_TYPE',
      'OP_UNKNOWN_VERSION',
      'OP_MALFORMED',
      'UNKNOWN_ITEM',
      'UNKNOWN_LOCATION',
      'applied',
    ]);
    expect(res.body.results[2]!.message).toContain('qty');
    expect(res.body.lastSeq).toBe(6);
    expect(await stockOf(server.store, 'WH1', 'A-05-2', 'SKU-10004')).toBe(1);
  });

  it('P6: moving more than the book is applied and raises an exception', async () => {
    const dev = await device();
    const book = await stockOf(server.store, 'WH1', 'A-05-1', 'SKU-10005');
    const res = await dev.push([
      dev.move({ sku: 'SKU-10005', from: 'A-05-1', to: 'A-06-2', qty: book + 4 }),
    ]);
    const result = res.body.results[0]!;
    expect(result.status).toBe('applied');
    expect(result.exceptions).toEqual([expect.objectContaining({ kind: 'move.over_book' })]);
    expect(await stockOf(server.store, 'WH1', 'A-05-1', 'SKU-10005')).toBe(-4);
    const x = await server.store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', result.exceptions![0]!.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(x.believed)).toEqual({ book });
    expect(JSON.parse(x.said)).toMatchObject({ qty: book + 4, from: 'A-05-1' });
  });

  it('P13: a seq reused with another opId is a device id clash and changes nothing', async () => {
    const dev = await device();
    await dev.push([dev.move({ sku: 'SKU-10006', from: 'A-06-1', to: 'B-01-2', qty: 1 })]);
    dev.nextSeq = 1;
    const clash = await dev.push([
      dev.move({ sku: 'SKU-10006', from: 'A-06-1', to: 'B-01-2', qty: 1 }),
    ]);
    expect(clash.body.results[0]).toMatchObject({ status: 'rejected', code: 'DEVICE_ID_CLASH' });
    expect(await stockOf(server.store, 'WH1', 'B-01-2', 'SKU-10006')).toBe(1);
  });

  it('P14: an op attributed to a user who never signed in on this device is rejected', async () => {
    const dev = await device();
    const receiverId = await userId(server.store, 'receiver');
    const op = {
      ...dev.move({ sku: 'SKU-10007', from: 'B-01-1', to: 'B-02-2', qty: 1 }),
      userId: receiverId,
    };
    const res = await dev.push([op]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'USER_NOT_ON_DEVICE' });
  });

  it('P14: ops recorded by an earlier user of the device are checked against that user', async () => {
    const receiverClient = await server.as('receiver');
    const dev = new SimDevice(receiverClient, 'WH1', await userId(server.store, 'receiver'));
    await server.as('receiver', dev.deviceId);
    const op = dev.move({ sku: 'SKU-10008', from: 'B-02-1', to: 'B-03-2', qty: 1 });
    dev.http = await server.as('picker', dev.deviceId);
    const res = await dev.push([op]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    const row = await server.store.db
      .selectFrom('op_log')
      .select('user_id')
      .where('op_id', '=', op.opId)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(dev.userId);
  });

  it('P9: a push for another warehouse or device in the batch is a 4xx and changes nothing', async () => {
    const dev = await device();
    const op = dev.move({ sku: 'SKU-10009', from: 'B-03-1', to: 'B-04-2', qty: 1 });
    const wrongWh = await dev.http.post('/api/sync/push', {
      protocol: 1,
      deviceId: dev.deviceId,
      warehouseId: 'WH2',
      report: {},
      ops: [op],
    });
    expect(wrongWh.status).toBe(400);
    const mixed = await dev.push([{ ...op, deviceId: 'another-device-id' }]);
    expect(mixed.status).toBe(400);
    expect(await stockOf(server.store, 'WH1', 'B-04-2', 'SKU-10009')).toBe(0);
  });

  it('P9: without a session a push is a 401 and nothing is applied', async () => {
    const dev = await device();
    dev.http = server.http;
    const res = await dev.push([
      dev.move({ sku: 'SKU-10010', from: 'B-04-1', to: 'B-05-2', qty: 1 }),
    ]);
    expect(res.status).toBe(401);
    expect(await stockOf(server.store, 'WH1', 'B-05-2', 'SKU-10010')).toBe(0);
  });

  it('P18: device time is stored but never decides order; the clock offset is recorded', async () => {
    const dev = await device();
    const a = {
      ...dev.move({ sku: 'SKU-10011', from: 'B-05-1', to: 'B-06-2', qty: 1 }),
      at: Date.UTC(2031, 0, 1),
    };
    const b = {
      ...dev.move({ sku: 'SKU-10011', from: 'B-06-2', to: 'C-01-2', qty: 1 }),
      at: Date.UTC(1999, 0, 1),
    };
    const res = await dev.push([a, b]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const logged = await server.store.db
      .selectFrom('op_log')
      .select(['seq', 'device_at'])
      .where('device_id', '=', dev.deviceId)
      .orderBy('seq')
      .execute();
    expect(logged.map((r) => Number(r.device_at))).toEqual([a.at, b.at]);
  });
});
