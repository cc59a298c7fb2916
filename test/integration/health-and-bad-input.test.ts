// Health, security headers, and bad request bodies: each gets a 4xx with a code, nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { report, SimDevice } from '../helpers/sim-device.ts';

describe.each(storeKinds())('health and bad input on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('reports version and database, with security headers', async () => {
    const res = await server.http.get<{ ok: boolean; database: string; version: string }>(
      '/api/health',
    );
    expect(res.body).toMatchObject({ ok: true, database: kind, version: 'test' });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers malformed JSON with BAD_REQUEST, not a stack trace', async () => {
    const res = await server.http.post('/api/auth/login', '{"username": ', {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'BAD_REQUEST', retryable: false } });
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a body of the wrong shape with the field that is wrong', async () => {
    const res = await server.http.post<{ error: { message: string } }>('/api/auth/login', {
      username: 42,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('username');
  });

  it('refuses an oversized body with BODY_TOO_LARGE', async () => {
    const picker = await server.as('picker');
    const huge = JSON.stringify({ junk: 'x'.repeat(5 * 1024 * 1024) });
    const res = await picker.post('/api/sync/push', huge, { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'BODY_TOO_LARGE' } });
  });

  it('P17: refuses a push of more than 500 ops, and a malformed push, changing nothing', async () => {
    const picker = await server.as('picker');
    const me = (await picker.get<{ user: { id: string } }>('/api/auth/me')).body.user;
    const dev = new SimDevice(picker, 'WH1', me.id);
    const ops = Array.from({ length: 501 }, () =>
      dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
    );
    const tooMany = await dev.push(ops);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { code: 'BAD_REQUEST' } });
    const malformed = await picker.post('/api/sync/push', {
      protocol: 1,
      deviceId: dev.deviceId,
      warehouseId: 'WH1',
      report: report(),
      ops: [{ seq: 'one' }],
    });
    expect(malformed.status).toBe(400);
    const count = await server.store.db
      .selectFrom('op_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('answers an unknown API route with NOT_FOUND', async () => {
    const res = await server.http.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
