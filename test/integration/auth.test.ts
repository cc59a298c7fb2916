// Sign-in, sessions, roles and warehouse separation, through real HTTP on each store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { report } from '../helpers/sim-device.ts';

describe.each(storeKinds())('auth and roles on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('signs in with the right password and answers who I am', async () => {
    const res = await server.http.post<{
      token: string;
      user: { username: string; roles: string[]; warehouses: { id: string }[] };
    }>('/api/auth/login', { username: 'picker', password: 'picker123' });
    expect(res.status).toBe(200);
    expect(res.body.user.roles).toEqual(['picker']);
    expect(res.body.user.warehouses.map((w) => w.id)).toEqual(['WH1']);
    const me = await server.http
      .withToken(res.body.token)
      .get<{ user: { username: string } }>('/api/auth/me');
    expect(me.body.user.username).toBe('picker');
  });

  it('answers a wrong password with BAD_CREDENTIALS and the same for an unknown user', async () => {
    const wrong = await server.http.post('/api/auth/login', {
      username: 'receiver',
      password: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: { code: 'BAD_CREDENTIALS', retryable: false } });
    const unknown = await server.http.post('/api/auth/login', {
      username: 'nobody',
      password: 'nope',
    });
    expect(unknown.body).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
  });

  it('slows down repeated failures, even for the right password, and says how long to wait', async () => {
    for (let i = 0; i < 5; i++)
      await server.http.post('/api/auth/login', { username: 'counter', password: `bad${i}` });
    const res = await server.http.post<{
      error: { code: string; details: { retryAfterSeconds: number } };
    }>('/api/auth/login', {
      username: 'counter',
      password: 'counter123',
    });
    expect(res.status).toBe(429);
    expect(res.body.error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(res.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('rejects requests without a session, and a session after sign-out', async () => {
    expect((await server.http.get('/api/auth/me')).body).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    const picker = await server.as('picker');
    expect((await picker.post('/api/auth/logout')).status).toBe(200);
    const after = await picker.get('/api/auth/me');
    expect(after.status).toBe(401);
  });

  it('keeps a picker off admin routes', async () => {
    const picker = await server.as('picker');
    const res = await picker.post('/api/admin/warehouses/WH1/items', []);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('keeps a user of WH1 from reading WH2, and a user of WH2 from WH1', async () => {
    const picker = await server.as('picker');
    const pull = (client: typeof picker, warehouseId: string) =>
      client.post('/api/sync/pull', {
        protocol: 1,
        deviceId: client.deviceId,
        warehouseId,
        cursor: null,
        resultsAfter: 0,
        report: report(),
      });
    expect((await pull(picker, 'WH2')).body).toMatchObject({ error: { code: 'NOT_IN_WAREHOUSE' } });
    const north = await server.as('north');
    expect((await pull(north, 'WH1')).status).toBe(403);
    const own = await pull(north, 'WH2');
    expect(own.status).toBe(200);
    const admin = await server.as('admin');
    const events = await fetch(
      `${server.url}/api/sync/events?warehouseId=WH1&deviceId=${picker.deviceId}&token=${picker.token}`,
    );
    expect(events.headers.get('content-type')).toContain('text/event-stream');
    await events.body?.cancel();
    const otherEvents = await fetch(
      `${server.url}/api/sync/events?warehouseId=WH2&deviceId=${picker.deviceId}&token=${picker.token}`,
    );
    expect(otherEvents.status).toBe(403);
    expect((await admin.post('/api/admin/warehouses/WH2/items', [])).status).toBe(200);
  });
});
