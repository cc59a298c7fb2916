// Finding M11 (and minor 6): limits per user, session and device, each refused with a code the
// device shows. New device ids per user per day (403 TOO_MANY_DEVICES), open streams per
// session and per user (429 TOO_MANY_STREAMS), pushes per device (429 RATE_LIMITED with
// Retry-After); and the token is taken from the query string on event streams only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../src/core/protocol.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { report, SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

const LIMITS = {
  FLOORSYNC_MAX_NEW_DEVICES_PER_USER_DAY: '4',
  FLOORSYNC_MAX_STREAMS_PER_SESSION: '3',
  FLOORSYNC_MAX_STREAMS_PER_USER: '5',
  FLOORSYNC_PUSH_OPS_BURST: '1000',
  FLOORSYNC_PUSH_OPS_PER_SECOND: '10',
};

describe.each(storeKinds())('limits per user, session and device on %s', (kind) => {
  let server: TestServer;
  const opened: AbortController[] = [];
  const before = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, process.env[k]]));
  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    server = await startTestServer(kind);
  });
  afterAll(async () => {
    for (const c of opened) c.abort();
    for (const [k, v] of Object.entries(before))
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    await server.close();
  });

  const login = (username: string, password: string, deviceId = `sim-${randomUUID()}`) =>
    server.http.post<{ error?: { code: string } }>('/api/auth/login', {
      username,
      password,
      deviceId,
      deviceKey: server.deviceKey(deviceId),
    });

  /** Opens a device's poke stream with the token in the header; resolves with its status. */
  async function stream(client: HttpClient): Promise<{ status: number; close: () => void }> {
    const ctrl = new AbortController();
    opened.push(ctrl);
    const res = await fetch(
      `${server.url}/api/sync/events?warehouseId=WH1&deviceId=${client.deviceId!}`,
      { headers: { authorization: `Bearer ${client.token!}` }, signal: ctrl.signal },
    );
    if (res.status !== 200) {
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('TOO_MANY_STREAMS');
    }
    return { status: res.status, close: () => ctrl.abort() };
  }

  it('M11: a user brings at most the limit of new device ids a day; known devices still sign in', async () => {
    const first = `sim-${randomUUID()}`;
    expect((await login('receiver', 'receiver123', first)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await login('receiver', 'receiver123')).status).toBe(200);
    const refused = await login('receiver', 'receiver123');
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe('TOO_MANY_DEVICES');
    expect((await login('receiver', 'receiver123', first)).status).toBe(200);
    expect((await login('counter', 'counter123')).status).toBe(200);
  });

  it('M11: open streams are bounded per session and per user; a closed one frees its place', async () => {
    const a = await server.as('picker2');
    const b = await server.as('picker2');
    const ofA = [await stream(a), await stream(a), await stream(a)];
    expect(ofA.map((s) => s.status)).toEqual([200, 200, 200]);
    expect((await stream(a)).status).toBe(429);
    const ofB = [await stream(b), await stream(b)];
    expect(ofB.map((s) => s.status)).toEqual([200, 200]);
    // B has two of its three, but the user has all five.
    expect((await stream(b)).status).toBe(429);
    ofA[0]!.close();
    await expect.poll(async () => (await stream(b)).status).toBe(200);
  });

  it('M11: a device pushing faster than its budget gets RATE_LIMITED with Retry-After, nothing written', async () => {
    const dev = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    const junk = () => Array.from({ length: 400 }, () => dev.op('junk.type', {}));
    expect((await dev.push(junk())).status).toBe(200);
    expect((await dev.push(junk())).status).toBe(200);
    const third = await dev.push(junk());
    expect(third.status).toBe(429);
    expect(third.body).toMatchObject({ error: { code: 'RATE_LIMITED', retryable: true } });
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    const logged = await server.store.db
      .selectFrom('op_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('device_id', '=', dev.deviceId)
      .executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(800);
    // Another device of the same user has its own budget.
    const other = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    expect((await other.push([other.op('junk.type', {})])).status).toBe(200);
  });

  it('minor 6: ?token= is refused on every route but the event streams', async () => {
    const sup = await server.as('supervisor');
    const q = `token=${encodeURIComponent(sup.token!)}`;
    for (const path of [
      `/api/auth/me?${q}`,
      `/api/console/warehouses/WH1/exports/stock.csv?${q}`,
      `/api/console/warehouses/WH1/devices?${q}`,
    ]) {
      expect((await server.http.get(path)).status, path).toBe(401);
    }
    const ctrl = new AbortController();
    opened.push(ctrl);
    const res = await fetch(`${server.url}/api/console/warehouses/WH1/events?${q}`, {
      signal: ctrl.signal,
    });
    expect(res.status).toBe(200);
    ctrl.abort();
    const body = {
      protocol: PROTOCOL_VERSION,
      deviceId: sup.deviceId,
      warehouseId: 'WH1',
      report: report(),
      ops: [],
    };
    expect((await server.http.post(`/api/sync/push?${q}`, body)).status).toBe(401);
  });
});
