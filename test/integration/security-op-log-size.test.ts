// Finding M3 (disk exhaustion through op payloads): the op log keeps an accepted op's payload
// as its schema parsed it, without unknown fields, and a rejected op's payload only as a short
// summary, so megabytes of junk cost a few hundred bytes each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

describe.each(storeKinds())('what the op log keeps on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  const picker = async () =>
    new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
  const stored = (deviceId: string) =>
    server.store.db
      .selectFrom('op_log')
      .select(['seq', 'status', 'code', 'payload', 'message'])
      .where('device_id', '=', deviceId)
      .orderBy('seq')
      .execute();

  it('M3: an applied move with a 1 MB extra field is stored as parsed, without the field', async () => {
    const dev = await picker();
    const op = dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1 });
    const res = await dev.push([
      { ...op, payload: { ...(op.payload as object), junk: 'x'.repeat(1 << 20) } },
    ]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    const [row] = await stored(dev.deviceId);
    expect(row!.payload.length).toBeLessThan(400);
    expect(JSON.parse(row!.payload)).toEqual({
      sku: 'SKU-10001',
      from: 'A-01-1',
      to: 'A-01-2',
      qty: 1,
      lot: '',
      expiry: '',
      scans: [],
    });
  });

  it('M3: rejected ops of 1 MB each keep a summary of a few hundred bytes, and a short reason', async () => {
    const dev = await picker();
    const junk = 'y'.repeat(1 << 20);
    const res = await dev.push([
      dev.op('junk.type', { blob: junk }),
      dev.op('stock.move', { sku: junk }),
      dev.op('pick.line', { list: 'x', line: 0, sku: 7, qty: 1.5, scans: Array(2000).fill(1) }),
    ]);
    expect(res.body.results.map((r) => r.code)).toEqual([
      'OP_UNKNOWN_TYPE',
      'OP_MALFORMED',
      'OP_MALFORMED',
    ]);
    const rows = await stored(dev.deviceId);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.payload.length).toBeLessThan(300);
      expect(JSON.parse(row.payload)).toMatchObject({ unparsed: true });
      expect((row.message ?? '').length).toBeLessThanOrEqual(500);
    }
    expect(JSON.parse(rows[0]!.payload)).toMatchObject({ kind: 'object', keys: ['blob'] });
  });
});
