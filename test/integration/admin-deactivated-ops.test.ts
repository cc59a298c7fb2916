// A deactivated user's queued work (M10, "the floor is the truth"): their own token is refused
// at once with USER_DEACTIVATED, but the ops they recorded on a device they signed in on still
// apply when the device syncs under the next person's sign-in, and a supervisor sees one open
// "user.deactivated" exception per device. A device they never signed in on cannot use them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';

interface Err {
  error: { code: string };
}

describe.each(storeKinds())('ops of a deactivated user on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  async function signIn(username: string, password: string, deviceId: string) {
    const res = await server.http.post<{ token: string }>('/api/auth/login', {
      username,
      password,
      deviceId,
      deviceKey: server.deviceKey(deviceId),
    });
    expect(res.status).toBe(200);
    return server.http.withToken(res.body.token, deviceId);
  }

  async function newPicker(username: string): Promise<string> {
    const admin = await server.as('admin');
    const made = await admin.post<{ user: { id: string } }>('/api/admin/users', {
      username,
      name: `Picker ${username}`,
      password: 'first-password-1',
      roles: ['picker'],
      warehouses: ['WH1'],
    });
    expect(made.status).toBe(201);
    return made.body.user.id;
  }

  const flags = (userId: string) =>
    server.store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('kind', '=', 'user.deactivated')
      .where('user_id', '=', userId)
      .execute();

  it('queued moves apply under the next sign-in on that device and are flagged once', async () => {
    const leaverId = await newPicker('leaver.one');
    const dev = new SimDevice(server.http, 'WH1', leaverId);
    const own = await signIn('leaver.one', 'first-password-1', dev.deviceId);
    await own.post('/api/auth/password', {
      currentPassword: 'first-password-1',
      newPassword: 'own-password-22',
    });
    dev.http = own;
    await dev.pullAll();
    const queued = [
      dev.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 2 }),
      dev.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 3 }),
    ];
    const admin = await server.as('admin');
    const off = await admin.post(`/api/admin/users/${leaverId}/deactivate`, {
      reason: 'contract ended',
    });
    expect(off.status).toBe(200);

    const refused = await dev.push(queued);
    expect(refused.status).toBe(401);
    expect((refused.body as unknown as Err).error.code).toBe('USER_DEACTIVATED');

    dev.http = await signIn('supervisor', 'supervisor123', dev.deviceId);
    const res = await dev.push(queued);
    expect(res.status).toBe(200);
    expect(
      res.body.results.map((r) => r.status),
      JSON.stringify(res.body.results),
    ).toEqual(['applied', 'applied']);
    const moved = await server.store.db
      .selectFrom('movements')
      .select(['user_id', 'delta'])
      .where(
        'op_id',
        'in',
        queued.map((o) => o.opId),
      )
      .where('location', '=', 'A-01-2')
      .execute();
    expect(moved.map((m) => [m.user_id, Number(m.delta)]).sort()).toEqual([
      [leaverId, 2],
      [leaverId, 3],
    ]);
    await expect.poll(async () => (await flags(leaverId)).length).toBe(1);
    const [flag] = await flags(leaverId);
    expect(flag).toMatchObject({ status: 'open', device_id: dev.deviceId, op_id: queued[0]!.opId });

    const office = await server.as('supervisor');
    const list = await office.get<{ exceptions: { kind: string; userId: string | null }[] }>(
      '/api/console/warehouses/WH1/exceptions',
    );
    expect(list.body.exceptions.some((x) => x.kind === 'user.deactivated')).toBe(true);
  });

  it('an op the device recorded after the deactivation is refused, one queued before applies', async () => {
    const leaverId = await newPicker('leaver.three');
    const dev = new SimDevice(server.http, 'WH1', leaverId);
    const own = await signIn('leaver.three', 'first-password-1', dev.deviceId);
    await own.post('/api/auth/password', {
      currentPassword: 'first-password-1',
      newPassword: 'own-password-33',
    });
    dev.http = own;
    await dev.pullAll();
    const before = dev.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 1 });
    const admin = await server.as('admin');
    const off = await admin.post(`/api/admin/users/${leaverId}/deactivate`, {
      reason: 'contract ended',
    });
    expect(off.status).toBe(200);
    const deactivatedAt = Number(
      (
        await server.store.db
          .selectFrom('users')
          .select('deactivated_at')
          .where('id', '=', leaverId)
          .executeTakeFirstOrThrow()
      ).deactivated_at,
    );
    const after = { ...dev.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 4 }) };
    after.at = deactivatedAt + 10 * 60_000;
    dev.http = await signIn('supervisor', 'supervisor123', dev.deviceId);
    const res = await dev.push([before, after]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    expect(res.body.results[1]).toMatchObject({ status: 'rejected', code: 'USER_DEACTIVATED' });
    const moved = await server.store.db
      .selectFrom('movements')
      .select('op_id')
      .where('op_id', '=', after.opId)
      .execute();
    expect(moved).toEqual([]);
  });

  it('a device the deactivated user never signed in on cannot record work for them', async () => {
    const leaverId = await newPicker('leaver.two');
    await server
      .as('admin')
      .then((a) => a.post(`/api/admin/users/${leaverId}/deactivate`, { reason: 'contract ended' }));
    const other = new SimDevice(await server.as('picker'), 'WH1', leaverId);
    const res = await other.push([
      other.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 1 }),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'USER_NOT_ON_DEVICE' });
    expect(await flags(leaverId)).toEqual([]);
  });
});
