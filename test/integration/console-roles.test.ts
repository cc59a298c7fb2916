// The console is for supervisors and admins of the warehouse: a picker (or any floor role) gets
// 403 on every console route, nothing changes; no token gets 401.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { C, raiseOverBook } from '../helpers/console.ts';

describe.each(storeKinds())('console roles on %s', (kind) => {
  let server: TestServer;
  let exceptionId: string;
  let deviceId: string;
  let pickerId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    pickerId = await userId(server.store, 'picker');
    const dev = new SimDevice(await server.as('picker'), 'WH1', pickerId);
    deviceId = dev.deviceId;
    [exceptionId] = (await raiseOverBook(dev, 1)) as [string];
  });
  afterAll(() => server.close());

  const routes = () =>
    [
      ['GET', `${C}/devices`],
      ['GET', `${C}/devices/samples`],
      ['POST', `${C}/devices/${deviceId}/revoke`, { reason: 'lost it' }],
      ['POST', `${C}/users/${pickerId}/revoke-sessions`, { reason: 'left the company' }],
      ['GET', `${C}/users`],
      ['GET', `${C}/exceptions`],
      ['GET', `${C}/exceptions/${exceptionId}`],
      [
        'POST',
        `${C}/exceptions/${exceptionId}/actions`,
        { action: 'acknowledge', reason: 'not mine to say' },
      ],
      ['GET', `${C}/audit`],
      ['GET', `${C}/progress`],
      ['GET', `${C}/stock?sku=SKU-10001`],
      ['GET', `${C}/exports/stock.csv`],
      ['GET', `${C}/exports/movements.csv`],
      ['GET', `${C}/exports/exceptions.csv`],
      ['GET', `${C}/exports/count-results.csv`],
      ['GET', `${C}/events`],
    ] as const;

  it('a picker, a receiver and a counter get 403 FORBIDDEN everywhere, and nothing changes', async () => {
    for (const username of ['picker', 'receiver', 'counter']) {
      const http = await server.as(username);
      for (const [method, path, body] of routes()) {
        const res = await http.request<{ error: { code: string } }>(method, path, body);
        expect(res.status, `${username} ${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
    }
    const x = await server.store.db
      .selectFrom('exceptions')
      .select('status')
      .where('id', '=', exceptionId)
      .executeTakeFirstOrThrow();
    expect(x.status).toBe('open');
    const d = await server.store.db
      .selectFrom('devices')
      .select('revoked_at')
      .where('id', '=', deviceId)
      .executeTakeFirstOrThrow();
    expect(d.revoked_at).toBeNull();
    expect(await server.store.db.selectFrom('console_actions').selectAll().execute()).toEqual([]);
  });

  it('without a token every console route answers 401', async () => {
    for (const [method, path, body] of routes()) {
      const res = await server.http.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it('a supervisor and an admin may read; a warehouse they are not in is 403 NOT_IN_WAREHOUSE', async () => {
    for (const username of ['supervisor', 'admin']) {
      const http = await server.as(username);
      expect((await http.get(`${C}/devices`)).status).toBe(200);
      expect((await http.get(`${C}/exceptions`)).status).toBe(200);
      const other = await http.get<{ error: { code: string } }>(
        '/api/console/warehouses/WH9/devices',
      );
      expect(other.status).toBe(403);
      expect(other.body.error.code).toBe('NOT_IN_WAREHOUSE');
    }
  });
});
