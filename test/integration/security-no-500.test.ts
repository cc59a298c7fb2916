// Findings M7 and M8 (and minor 4, 7): no input makes the server answer 500. A reused opId, a
// payload nested 10,000 deep, NUL bytes in any string, non-integer or huge numbers in a device
// report, impossible dates and oversized bodies are each answered 4xx with a code, or the op is
// rejected with a code while later ops still flow. Every probe is sent with a valid token.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../src/core/protocol.ts';
import type { HttpClient, Res } from '../helpers/http-client.ts';
import { report, SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

type ErrorRes = { error: { code: string; message: string; retryable: boolean } };

const expectCoded = (res: Res, status: number, code: string) => {
  expect({ status: res.status, code: (res.body as ErrorRes | null)?.error?.code }).toEqual({
    status,
    code,
  });
};

describe.each(storeKinds())('no input gives a 500 on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let supervisor: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    supervisor = await server.as('supervisor');
  });
  afterAll(() => server.close());

  const picker = async () =>
    new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));

  const move = (dev: SimDevice, over: Record<string, unknown> = {}) =>
    dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1, ...over });

  const lastSeqOf = async (deviceId: string) =>
    Number(
      (
        await server.store.db
          .selectFrom('devices')
          .select('last_seq')
          .where('id', '=', deviceId)
          .executeTakeFirstOrThrow()
      ).last_seq,
    );

  it('M7: an opId another device already used is rejected with OP_ID_REUSED; the queue flows on', async () => {
    const a = await picker();
    const first = await a.push([move(a)]);
    expect(first.body.results[0]).toMatchObject({ status: 'applied' });
    const b = await picker();
    const stolen = { ...move(b), opId: first.body.results[0]!.opId };
    const res = await b.push([stolen, move(b)]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => [r.status, r.code])).toEqual([
      ['rejected', 'OP_ID_REUSED'],
      ['applied', undefined],
    ]);
    expect(res.body.lastSeq).toBe(2);
    // The resend is answered from the stored outcome, as any duplicate.
    const again = await b.push([stolen]);
    expect(again.body.results[0]).toMatchObject({ status: 'duplicate', original: 'rejected' });
  });

  it('M7: the same opId twice in one batch: the second is rejected, the first applies once', async () => {
    const dev = await picker();
    const before = await stockOf(server.store, 'WH1', 'A-01-2', 'SKU-10001');
    const one = move(dev);
    const twice = { ...move(dev), opId: one.opId };
    const res = await dev.push([one, twice, move(dev)]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'OP_ID_REUSED',
      'applied',
    ]);
    expect(await stockOf(server.store, 'WH1', 'A-01-2', 'SKU-10001')).toBe(before + 2);
  });

  it('M7: a payload nested 10,000 deep is refused with BAD_REQUEST, on push and on imports', async () => {
    const dev = await picker();
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const body = JSON.stringify({
      protocol: 1,
      deviceId: dev.deviceId,
      warehouseId: 'WH1',
      report: report(),
      ops: [{ ...move(dev), payload: '§' }],
    }).replace('"§"', deep);
    const res = await dev.http.post('/api/sync/push', body, { 'content-type': 'application/json' });
    expectCoded(res, 400, 'BAD_REQUEST');
    const imp = await admin.post('/api/admin/warehouses/WH1/items', `{"rows":${deep}}`, {
      'content-type': 'application/json',
    });
    expectCoded(imp, 400, 'BAD_REQUEST');
    dev.nextSeq = 1;
    // An op nested a little deeper than any real payload is rejected alone.
    const nested = {
      ...move(dev),
      payload: JSON.parse('{"a":'.repeat(40) + '1' + '}'.repeat(40)) as unknown,
    };
    const alone = await dev.push([nested, move(dev)]);
    expect(alone.status).toBe(200);
    expect(alone.body.results.map((r) => r.code ?? r.status)).toEqual(['OP_MALFORMED', 'applied']);
  });

  it('M8: a NUL in a sign-in name, password or device id is BAD_REQUEST, signed in or not', async () => {
    for (const body of [
      { username: 'pick\u0000er', password: 'x' },
      { username: 'picker', password: 'picker\u0000123' },
      {
        username: 'picker',
        password: 'picker123',
        deviceId: 'dev-\u0000-000001',
        deviceKey: 'k'.repeat(40),
      },
    ]) {
      expectCoded(await server.http.post('/api/auth/login', body), 400, 'BAD_REQUEST');
    }
  });

  it('M8: NUL bytes and bad numbers in push, pull and heartbeat are BAD_REQUEST', async () => {
    const dev = await picker();
    const bad: Record<string, unknown>[] = [
      { lastError: 'x\u0000y' },
      { appVersion: '1\u0000' },
      { storageUsed: 1.5 },
      { storageUsed: 0.5 },
      { storageUsed: 1e308 },
      { storageUsed: 2 ** 63 },
      { storageQuota: -1 },
      { pendingCount: 2 ** 63 },
      { sentAt: 1e300 },
    ];
    for (const over of bad) {
      const r = { ...report(), ...over };
      const base = { protocol: 1, deviceId: dev.deviceId, warehouseId: 'WH1', report: r };
      expectCoded(await dev.http.post('/api/sync/push', { ...base, ops: [] }), 400, 'BAD_REQUEST');
      expectCoded(
        await dev.http.post('/api/sync/pull', { ...base, cursor: null, resultsAfter: 0 }),
        400,
        'BAD_REQUEST',
      );
      expectCoded(await dev.http.post('/api/sync/heartbeat', base), 400, 'BAD_REQUEST');
    }
    const withNulUser = { ...move(dev), userId: 'u\u0000' };
    expectCoded(await dev.push([withNulUser]), 400, 'BAD_REQUEST');
    expect(
      await server.store.db
        .selectFrom('op_log')
        .select('op_id')
        .where('device_id', '=', dev.deviceId)
        .execute(),
    ).toEqual([]);
  });

  it('M8: a NUL inside an op payload rejects that op alike on both stores; the next op applies', async () => {
    const dev = await picker();
    const rows = () =>
      server.store.db.selectFrom('stock').select('lot').where('sku', '=', 'SKU-10001').execute();
    const before = (await rows()).length;
    const res = await dev.push([move(dev, { lot: 'L\u00001' }), move(dev, { lot: 'L2' })]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual(['OP_MALFORMED', 'applied']);
    expect((await rows()).map((r) => r.lot)).not.toContain('L\u00001');
    expect((await rows()).length).toBeGreaterThan(before);
  });

  it('M8: a NUL in console and supervisor reads, and in office writes, is BAD_REQUEST', async () => {
    const C = '/api/console/warehouses/WH1';
    const S = '/api/supervisor/warehouses/WH1';
    for (const path of [
      `${C}/exceptions?kind=%00`,
      `${C}/exceptions?ref=a%00b`,
      `${C}/stock?location=%00`,
      `${C}/stock?sku=%00`,
      `${S}/receipts/%00`,
      `${S}/receipts?status=%00`,
    ]) {
      expectCoded(await supervisor.get(path), 400, 'BAD_REQUEST');
    }
    expectCoded(
      await supervisor.post(`${S}/count-tasks`, { aisle: 'C', note: 'n\u0000te' }),
      400,
      'BAD_REQUEST',
    );
    expectCoded(
      await supervisor.post(`${C}/devices/nobody-device/revoke`, { reason: 'gone\u0000 away' }),
      400,
      'BAD_REQUEST',
    );
    const csv = 'sku,description,unit,barcodes\nNUL-1,Bolt\u0000 M6,EA,\n';
    const imp = await admin.post<{
      error: { code: string; details: { rows: { line: number }[] } };
    }>('/api/admin/warehouses/WH1/items', csv, { 'content-type': 'text/csv' });
    expect(imp.status).toBe(422);
    expect(imp.body.error.code).toBe('IMPORT_INVALID');
    expect(imp.body.error.details.rows[0]!.line).toBe(2);
  });

  it('minor 4: impossible dates are refused: an op expiry 2024-13-45, a receipt due 2026-02-30', async () => {
    const dev = await picker();
    const res = await dev.push([
      move(dev, { expiry: '2024-13-45' }),
      move(dev, { expiry: '2026-02-30' }),
      move(dev, { expiry: '2028-02-29' }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'OP_MALFORMED',
      'OP_MALFORMED',
      'applied',
    ]);
    const csv = [
      'number,supplier,due_date,type,line,sku,qty',
      'PO-BAD-1,Acme,2026-02-30,purchase,1,SKU-10001,10',
    ].join('\n');
    const imp = await admin.post<{
      error: { code: string; details: { rows: { line: number }[] } };
    }>('/api/admin/warehouses/WH1/receipts', csv, { 'content-type': 'text/csv' });
    expect(imp.status).toBe(422);
    expect(imp.body.error.details.rows[0]!.line).toBe(2);
  });

  it('minor 7: oversized bodies are answered 413 BODY_TOO_LARGE every time, never a reset', async () => {
    const dev = await picker();
    const cases: [string, number, string][] = [
      ['/api/sync/push', 10 * 1024 * 1024, 'application/json'],
      ['/api/sync/pull', 5 * 1024 * 1024, 'application/json'],
      ['/api/admin/warehouses/WH1/items', 25 * 1024 * 1024, 'text/csv'],
    ];
    for (const [path, size, type] of cases) {
      const client = path.includes('admin') ? admin : dev.http;
      for (let i = 0; i < 4; i++) {
        const res = await client.post(path, 'x'.repeat(size), { 'content-type': type });
        expectCoded(res, 413, 'BODY_TOO_LARGE');
      }
    }
  });

  it('INTERNAL stays for real faults only: no probe above left a 500 or stuck a device', async () => {
    const dev = await picker();
    const ok = await dev.push([move(dev)]);
    expect(ok.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await lastSeqOf(dev.deviceId)).toBe(1);
    const res: Res<PushResponse> = await dev.push([{ ...move(dev), opId: randomUUID() }]);
    expect(res.status).toBe(200);
  });
});
