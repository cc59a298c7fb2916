// Finding B1 (device id spoofing): a picker with its own valid token learns another device's id
// from synced rows and tries to push, pull, heartbeat, listen and sign in as that device. Every
// attempt is refused with a code before it touches anything, and the real device works on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { report, SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

interface ErrorAnswer {
  error: { code: string };
}
const codeOf = (body: unknown): string | undefined => (body as ErrorAnswer | null)?.error?.code;

describe.each(storeKinds())('device identity on %s', (kind) => {
  let server: TestServer;
  let device: (username: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async (username) =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  /** The receiver works; its device id reaches the picker in a synced exception row. */
  async function victimAndItsLeakedId(sku: string, from: string) {
    const victim = await device('receiver');
    const book = await stockOf(server.store, 'WH1', from, sku);
    const res = await victim.push([victim.move({ sku, from, to: 'A-01-2', qty: book + 1 })]);
    expect(res.body.results[0]!.status).toBe('applied');
    const picker = await device('picker');
    await picker.pullAll();
    const leaked = [...picker.table('exception').values()]
      .map((x) => x as { deviceId: string | null })
      .find((x) => x.deviceId === victim.deviceId);
    expect(leaked?.deviceId).toBe(victim.deviceId);
    return { victim, picker, leakedId: leaked!.deviceId! };
  }

  it('B1: a push naming another device is refused, and that device’s next real scan is applied', async () => {
    const { victim, picker, leakedId } = await victimAndItsLeakedId('SKU-10020', 'A-02-1');
    const before = await stockOf(server.store, 'WH1', 'C-01-2', 'SKU-10021');
    // The attack from the finding: take the victim's next seq and sign the op as the victim.
    const forged = {
      ...picker.move({ sku: 'SKU-10021', from: 'A-02-2', to: 'C-01-2', qty: 500 }),
      deviceId: leakedId,
      userId: victim.userId,
      seq: 2,
    };
    const res = await picker.http.post('/api/sync/push', {
      protocol: 1,
      deviceId: leakedId,
      warehouseId: 'WH1',
      report: report(),
      ops: [forged],
    });
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('DEVICE_NOT_SIGNED_IN');
    expect(await stockOf(server.store, 'WH1', 'C-01-2', 'SKU-10021')).toBe(before);
    const real = await victim.push([
      victim.move({ sku: 'SKU-10021', from: 'A-02-2', to: 'C-01-2', qty: 1 }),
    ]);
    expect(real.body.results[0]).toMatchObject({ seq: 2, status: 'applied' });
    expect(await stockOf(server.store, 'WH1', 'C-01-2', 'SKU-10021')).toBe(before + 1);
  });

  it('B1: signing in with another device’s id needs that device’s key', async () => {
    const { victim, leakedId } = await victimAndItsLeakedId('SKU-10022', 'A-03-1');
    const res = await server.http.post('/api/auth/login', {
      username: 'picker',
      password: 'picker123',
      deviceId: leakedId,
      deviceKey: 'x'.repeat(43),
    });
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('DEVICE_KEY_MISMATCH');
    const noKey = await server.http.post('/api/auth/login', {
      username: 'picker',
      password: 'picker123',
      deviceId: leakedId,
    });
    expect(noKey.status).toBe(400);
    // The real device signs in again with its own key, and syncs.
    victim.http = await server.as('receiver', victim.deviceId);
    expect((await victim.pullPage()).status).toBe(200);
  });

  it('B1: a pull naming another device is refused and shows none of its outcomes', async () => {
    const { picker, leakedId } = await victimAndItsLeakedId('SKU-10023', 'A-03-2');
    const res = await picker.http.post('/api/sync/pull', {
      protocol: 1,
      deviceId: leakedId,
      warehouseId: 'WH1',
      cursor: null,
      resultsAfter: 0,
      report: report(),
    });
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('DEVICE_NOT_SIGNED_IN');
    expect(JSON.stringify(res.body)).not.toContain('results');
  });

  it('B1: a heartbeat from another warehouse’s user cannot move a WH1 device into WH2', async () => {
    const { victim, leakedId } = await victimAndItsLeakedId('SKU-10024', 'A-04-1');
    const north = await server.as('north');
    const res = await north.post('/api/sync/heartbeat', {
      deviceId: leakedId,
      warehouseId: 'WH2',
      report: report(),
    });
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('DEVICE_NOT_SIGNED_IN');
    const row = await server.store.db
      .selectFrom('devices')
      .select(['warehouse_id', 'user_id'])
      .where('id', '=', leakedId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ warehouse_id: 'WH1', user_id: victim.userId });
  });

  it('B1: the poke stream for another device, or without a device, is refused', async () => {
    const { picker, leakedId } = await victimAndItsLeakedId('SKU-10025', 'A-04-2');
    const events = (deviceId: string) =>
      fetch(
        `${server.url}/api/sync/events?warehouseId=WH1&deviceId=${deviceId}&token=${picker.http.token}`,
      );
    const other = await events(leakedId);
    expect(other.status).toBe(403);
    expect(codeOf(await other.json())).toBe('DEVICE_NOT_SIGNED_IN');
    const own = await events(picker.deviceId);
    expect(own.headers.get('content-type')).toContain('text/event-stream');
    await own.body?.cancel();
  });

  it('B1: a session signed in without a device (the console) cannot sync as any device', async () => {
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'supervisor',
      password: 'supervisor123',
    });
    const console = server.http.withToken(login.body.token);
    const dev = new SimDevice(console, 'WH1', await userId(server.store, 'supervisor'));
    const res = await dev.push([
      dev.move({ sku: 'SKU-10026', from: 'A-05-1', to: 'A-05-2', qty: 1 }),
    ]);
    expect(res.status).toBe(403);
    expect(codeOf(res.body)).toBe('DEVICE_NOT_SIGNED_IN');
    const row = await server.store.db
      .selectFrom('devices')
      .select('id')
      .where('id', '=', dev.deviceId)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});
