// User and warehouse administration through HTTP (M10): an admin creates, edits, deactivates,
// resets and unlocks users and creates warehouses; each change is audited with who and when;
// supervisors may read and unlock only; floor roles and an admin of another warehouse are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { userId } from '../helpers/server-state.ts';

interface Err {
  error: { code: string; message: string };
}
interface U {
  id: string;
  username: string;
  roles: string[];
  warehouses: string[];
  active: boolean;
  mustChangePassword: boolean;
  locked: boolean;
}

const A = '/api/admin';

describe.each(storeKinds())('user administration on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let adminId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    adminId = await userId(server.store, 'admin');
  });
  afterAll(() => server.close());

  const signIn = (username: string, password: string, deviceId?: string) =>
    server.http.post<{ token: string; user: { mustChangePassword?: boolean } } & Err>(
      '/api/auth/login',
      deviceId
        ? { username, password, deviceId, deviceKey: server.deviceKey(deviceId) }
        : { username, password },
    );
  const create = (over: Record<string, unknown> = {}, by = admin) =>
    by.post<{ user: U } & Err>(`${A}/users`, {
      username: `u${Math.random().toString(36).slice(2, 8)}`,
      name: 'New Person',
      password: 'first-password-1',
      roles: ['picker'],
      warehouses: ['WH1'],
      ...over,
    });
  const auditOf = (target: string) =>
    server.store.db
      .selectFrom('console_actions')
      .selectAll()
      .where('target', '=', target)
      .orderBy('at')
      .execute();

  it('creates a user who must set a new password before doing anything else', async () => {
    const res = await create({ username: 'wang.fang', name: '王芳' });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      username: 'wang.fang',
      roles: ['picker'],
      warehouses: ['WH1'],
      active: true,
      mustChangePassword: true,
    });
    const login = await signIn('wang.fang', 'first-password-1', 'dev-wang-000001');
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    const phone = server.http.withToken(login.body.token);
    const pull = await phone.post<Err>('/api/sync/pull', {
      protocol: 1,
      deviceId: 'dev-wang-000001',
      warehouseId: 'WH1',
      cursor: null,
      resultsAfter: 0,
    });
    expect(pull.status).toBe(403);
    expect(pull.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await phone.post<Err>('/api/auth/password', {
      currentPassword: 'first-password-1',
      newPassword: 'short',
    });
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('WEAK_PASSWORD');
    const wrong = await phone.post<Err>('/api/auth/password', {
      currentPassword: 'not-the-password',
      newPassword: 'my-own-password-9',
    });
    expect(wrong.status).toBe(403);
    const ok = await phone.post('/api/auth/password', {
      currentPassword: 'first-password-1',
      newPassword: 'my-own-password-9',
    });
    expect(ok.status).toBe(200);
    const me = await phone.get<{ user: { mustChangePassword: boolean } }>('/api/auth/me');
    expect(me.body.user.mustChangePassword).toBe(false);
    expect((await signIn('wang.fang', 'first-password-1')).status).toBe(401);
    expect((await signIn('wang.fang', 'my-own-password-9')).status).toBe(200);
    const rows = await auditOf(res.body.user.id);
    expect(rows.map((r) => [r.action, r.by_user, r.warehouse_id])).toEqual([
      ['user-create', adminId, 'WH1'],
      ['password-change', res.body.user.id, 'WH1'],
    ]);
    expect(rows.every((r) => Number(r.at) > 0)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('first-password-1');
  });

  it('refuses bad input with a code, never a 500', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ username: 'a' }, 400, 'INVALID_USERNAME'],
      [{ username: 'bad name!' }, 400, 'INVALID_USERNAME'],
      [{ roles: ['emperor'] }, 400, 'INVALID_ROLES'],
      [{ roles: [] }, 400, 'INVALID_ROLES'],
      [{ warehouses: ['wh1; drop table users'] }, 400, 'INVALID_WAREHOUSE_ID'],
      [{ warehouses: ['WH9'] }, 403, 'NOT_IN_WAREHOUSE'],
      // A NUL in a body field is refused by the shared schema, naming the field (body-guard.ts).
      [{ name: 'x\u0000y' }, 400, 'INVALID_NAME'],
      [{ password: 'short' }, 422, 'WEAK_PASSWORD'],
      [{ username: 'samename1', password: 'samename1' }, 422, 'WEAK_PASSWORD'],
      [{ extra: 1 }, 400, 'UNKNOWN_FIELD'],
      [{ password: 42 }, 400, 'INVALID_PASSWORD'],
      [{ username: 'picker' }, 409, 'CONFLICT'],
      [{ username: 'PICKER' }, 409, 'CONFLICT'],
    ];
    for (const [over, status, code] of cases) {
      const res = await create(over);
      expect(res.status, JSON.stringify(over)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }
    const garbage = await admin.post<Err>(`${A}/users`, '{"username":', {
      'content-type': 'application/json',
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.code).toBe('BAD_REQUEST');
    const nobody = await admin.request<Err>('PATCH', `${A}/users/no-such-user`, { name: 'X' });
    expect(nobody.status).toBe(404);
    const empty = await admin.request<Err>('PATCH', `${A}/users/${adminId}`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe('NOTHING_TO_CHANGE');
  });

  it('edits roles and warehouses; an admin cannot drop their own admin role', async () => {
    const { body } = await create({ username: 'edit.me' });
    const res = await admin.request<{ user: U }>('PATCH', `${A}/users/${body.user.id}`, {
      name: 'Edited Person',
      roles: ['picker', 'counter'],
      warehouses: ['WH1', 'WH2'],
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      roles: ['picker', 'counter'],
      warehouses: ['WH1', 'WH2'],
    });
    const rows = await auditOf(body.user.id);
    const edit = rows.filter((r) => r.action === 'user-edit');
    expect(edit.map((r) => r.warehouse_id).sort()).toEqual(['WH1', 'WH2']);
    expect(JSON.parse(edit[0]!.data)).toMatchObject({
      roles: { from: ['picker'], to: ['picker', 'counter'] },
    });
    const self = await admin.request<Err>('PATCH', `${A}/users/${adminId}`, {
      roles: ['supervisor'],
    });
    expect(self.status).toBe(409);
    const selfOff = await admin.post<Err>(`${A}/users/${adminId}/deactivate`, {
      reason: 'bored now',
    });
    expect(selfOff.status).toBe(409);
  });

  it('a password reset ends the sessions and forces a new password; unlock forgets failures', async () => {
    const { body } = await create({ username: 'reset.me' });
    const first = await signIn('reset.me', 'first-password-1');
    const phone = server.http.withToken(first.body.token);
    await phone.post('/api/auth/password', {
      currentPassword: 'first-password-1',
      newPassword: 'second-password-2',
    });
    for (let i = 0; i < 6; i++) await signIn('reset.me', 'guess-guess-guess');
    const locked = await admin.get<{ user: U }>(`${A}/users/${body.user.id}`);
    expect(locked.body.user.locked).toBe(true);
    const supervisor = await server.as('supervisor');
    const unlock = await supervisor.post<{ user: U }>(`${A}/users/${body.user.id}/unlock`);
    expect(unlock.status).toBe(200);
    expect(unlock.body.user.locked).toBe(false);
    expect((await signIn('reset.me', 'second-password-2')).status).toBe(200);

    const reset = await admin.post<{ sessionsEnded: number; user: U }>(
      `${A}/users/${body.user.id}/reset-password`,
      { password: 'temporary-pass-3' },
    );
    expect(reset.status).toBe(200);
    expect(reset.body.sessionsEnded).toBe(2);
    expect(reset.body.user.mustChangePassword).toBe(true);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    const again = await signIn('reset.me', 'temporary-pass-3');
    expect(again.body.user.mustChangePassword).toBe(true);
    const actions = (await auditOf(body.user.id)).map((r) => r.action);
    expect(actions).toEqual([
      'user-create',
      'password-change',
      'user-unlock',
      'user-reset-password',
    ]);
  });

  it('deactivating ends every session at once and refuses new sign-ins; reactivating does not revive old tokens', async () => {
    const { body } = await create({ username: 'leaving.soon' });
    const login = await signIn('leaving.soon', 'first-password-1');
    const phone = server.http.withToken(login.body.token);
    const off = await admin.post<{ sessionsEnded: number; user: U }>(
      `${A}/users/${body.user.id}/deactivate`,
      { reason: 'left the company' },
    );
    expect(off.status).toBe(200);
    expect(off.body.sessionsEnded).toBe(1);
    expect(off.body.user.active).toBe(false);
    const me = await phone.get<Err>('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('USER_DEACTIVATED');
    expect((await signIn('leaving.soon', 'first-password-1')).status).toBe(401);
    const twice = await admin.post<Err>(`${A}/users/${body.user.id}/deactivate`, {
      reason: 'again please',
    });
    expect(twice.status).toBe(409);
    const noReason = await admin.post<Err>(`${A}/users/${body.user.id}/reactivate`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe('REASON_REQUIRED');
    const on = await admin.post<{ user: U }>(`${A}/users/${body.user.id}/reactivate`, {
      reason: 'came back',
    });
    expect(on.body.user.active).toBe(true);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    const rows = await auditOf(body.user.id);
    const deact = rows.find((r) => r.action === 'user-deactivate')!;
    expect(deact).toMatchObject({ by_user: adminId, reason: 'left the company' });
  });

  it('creates and renames warehouses; the creator is a member and can staff it', async () => {
    const res = await admin.post<{ warehouse: { id: string } }>(`${A}/warehouses`, {
      id: 'WH3',
      name: 'East hub',
    });
    expect(res.status).toBe(201);
    const again = await admin.post<Err>(`${A}/warehouses`, { id: 'WH3', name: 'Twice' });
    expect(again.status).toBe(409);
    const bad = await admin.post<Err>(`${A}/warehouses`, { id: '../x', name: 'Bad' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_WAREHOUSE_ID');
    const fresh = await server.as('admin');
    const list = await fresh.get<{ warehouses: { id: string; name: string }[] }>(`${A}/warehouses`);
    expect(list.body.warehouses.map((w) => w.id)).toContain('WH3');
    const renamed = await fresh.request<{ warehouse: { name: string } }>(
      'PATCH',
      `${A}/warehouses/WH3`,
      {
        name: 'East hub (new)',
      },
    );
    expect(renamed.body.warehouse.name).toBe('East hub (new)');
    const staffed = await create({ username: 'east.one', warehouses: ['WH3'] }, fresh);
    expect(staffed.status).toBe(201);
    const audit = await fresh.get<{
      entries: { action: string; target: string; byName: string }[];
    }>(`${A}/audit`);
    expect(audit.body.entries.filter((e) => e.target === 'WH3').map((e) => e.action)).toEqual([
      'warehouse-rename',
      'warehouse-create',
    ]);
    expect(audit.body.entries[0]!.byName).toBe('Alex Admin');
  });

  it('a picker, receiver or counter gets 403 on every administration route, and nothing changes', async () => {
    const pickerId = await userId(server.store, 'picker');
    const routes: [string, string, unknown?][] = [
      ['GET', `${A}/users`],
      ['GET', `${A}/users/${pickerId}`],
      [
        'POST',
        `${A}/users`,
        {
          username: 'evil.twin',
          name: 'Evil',
          password: 'evil-password-1',
          roles: ['admin'],
          warehouses: ['WH1'],
        },
      ],
      ['PATCH', `${A}/users/${pickerId}`, { roles: ['admin'] }],
      ['POST', `${A}/users/${adminId}/deactivate`, { reason: 'take over' }],
      ['POST', `${A}/users/${adminId}/reset-password`, { password: 'owned-owned-1' }],
      ['POST', `${A}/users/${pickerId}/unlock`],
      ['GET', `${A}/warehouses`],
      ['POST', `${A}/warehouses`, { id: 'EVIL', name: 'Evil' }],
      ['PATCH', `${A}/warehouses/WH1`, { name: 'Pwned' }],
      ['GET', `${A}/audit`],
    ];
    for (const username of ['picker', 'receiver', 'counter']) {
      const http = await server.as(username);
      for (const [method, path, body] of routes) {
        const res = await http.request<Err>(method, path, body);
        expect(res.status, `${username} ${method} ${path}`).toBe(403);
        expect(res.body.error.code).toBe('FORBIDDEN');
      }
    }
    for (const [method, path, body] of routes) {
      expect((await server.http.request(method, path, body)).status, `${method} ${path}`).toBe(401);
    }
    const picker = await server.store.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', pickerId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(picker.roles)).toEqual(['picker']);
    expect(
      await server.store.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'evil.twin')
        .executeTakeFirst(),
    ).toBeUndefined();
    const wh = await server.store.db
      .selectFrom('warehouses')
      .select('name')
      .where('id', '=', 'WH1')
      .executeTakeFirstOrThrow();
    expect(wh.name).toBe('Main warehouse');
  });

  it('a supervisor reads users but cannot create, edit, deactivate or reset', async () => {
    const supervisor = await server.as('supervisor');
    const list = await supervisor.get<{ users: U[] }>(`${A}/users`);
    expect(list.status).toBe(200);
    expect(list.body.users.map((u) => u.username)).toContain('picker');
    const pickerId = await userId(server.store, 'picker');
    for (const [method, path, body] of [
      [
        'POST',
        `${A}/users`,
        {
          username: 'sup.made',
          name: 'S',
          password: 'sup-password-1',
          roles: ['picker'],
          warehouses: ['WH1'],
        },
      ],
      ['PATCH', `${A}/users/${pickerId}`, { roles: ['supervisor'] }],
      ['POST', `${A}/users/${pickerId}/deactivate`, { reason: 'no reason' }],
      ['POST', `${A}/users/${pickerId}/reset-password`, { password: 'sup-password-2' }],
      ['POST', `${A}/warehouses`, { id: 'SUP', name: 'Sup' }],
    ] as const) {
      const res = await supervisor.request<Err>(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('an admin of one warehouse cannot touch people or warehouses of another', async () => {
    const made = await create({
      username: 'north.admin',
      roles: ['admin'],
      warehouses: ['WH2'],
      password: 'north-admin-pw-1',
    });
    expect(made.status).toBe(201);
    const login = await signIn('north.admin', 'north-admin-pw-1');
    const tmp = server.http.withToken(login.body.token);
    await tmp.post('/api/auth/password', {
      currentPassword: 'north-admin-pw-1',
      newPassword: 'north-admin-pw-2',
    });
    const northAdmin = server.http.withToken(
      (await signIn('north.admin', 'north-admin-pw-2')).body.token,
    );
    const pickerId = await userId(server.store, 'picker');
    const supervisorId = await userId(server.store, 'supervisor');
    const attempts: [string, string, unknown][] = [
      [
        'POST',
        `${A}/users`,
        {
          username: 'wh1.spy',
          name: 'Spy',
          password: 'spy-password-1',
          roles: ['picker'],
          warehouses: ['WH1'],
        },
      ],
      ['PATCH', `${A}/users/${pickerId}`, { roles: ['picker', 'supervisor'] }],
      ['POST', `${A}/users/${pickerId}/deactivate`, { reason: 'not mine' }],
      ['POST', `${A}/users/${supervisorId}/reset-password`, { password: 'stolen-pass-1' }],
      ['PATCH', `${A}/users/${made.body.user.id}`, { warehouses: ['WH1', 'WH2'] }],
      ['PATCH', `${A}/warehouses/WH1`, { name: 'Mine now' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await northAdmin.request<Err>(method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(res.body)}`).toBe(403);
    }
    const list = await northAdmin.get<{ users: U[] }>(`${A}/users`);
    expect(list.body.users.map((u) => u.username)).not.toContain('picker');
    const picker = await server.store.db
      .selectFrom('users')
      .selectAll()
      .where('id', '=', pickerId)
      .executeTakeFirstOrThrow();
    expect([picker.active, JSON.parse(picker.roles)]).toEqual([1, ['picker']]);
    expect((await server.as('supervisor')).token).toBeTruthy();
  });
});
