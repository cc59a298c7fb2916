// First start without demo data: no demo user exists and nobody can sign in until the first
// admin is set up once; bad set-up bodies get a code; two racing set-ups leave exactly one
// admin; once any admin exists (or on a demo start) set-up is refused for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

interface Err {
  error: { code: string };
}

const good = {
  username: 'li.ming',
  name: 'Li Ming',
  password: 'a-long-first-secret',
  warehouseId: 'SH1',
  warehouseName: 'Shanghai one',
};

describe.each(storeKinds())('first-admin set-up on %s', (kind) => {
  let fresh: TestServer;
  let demo: TestServer;
  beforeAll(async () => {
    fresh = await startTestServer(kind, { demo: false });
    demo = await startTestServer(kind);
  });
  afterAll(async () => {
    await fresh.close();
    await demo.close();
  });

  const signIn = (s: TestServer, username: string, password: string) =>
    s.http.post<{ token: string } & Err>('/api/auth/login', { username, password });

  it('a new site has no demo users and asks for set-up once; racing set-ups make one admin', async () => {
    const users = await fresh.store.db.selectFrom('users').select('username').execute();
    expect(users).toEqual([]);
    for (const [name, pw] of [
      ['admin', 'admin123'],
      ['picker', 'picker123'],
    ])
      expect((await signIn(fresh, name!, pw!)).status).toBe(401);
    expect((await fresh.http.get<{ needed: boolean }>('/api/setup')).body.needed).toBe(true);

    const bad: [Record<string, unknown>, number, string][] = [
      [{ username: 'x' }, 400, 'INVALID_USERNAME'],
      [{ warehouseId: '../etc' }, 400, 'INVALID_WAREHOUSE_ID'],
      [{ name: '' }, 400, 'INVALID_NAME'],
      [{ role: 'admin' }, 400, 'UNKNOWN_FIELD'],
      [{ password: 'short' }, 422, 'WEAK_PASSWORD'],
    ];
    for (const [over, status, code] of bad) {
      const res = await fresh.http.post<Err>('/api/setup', { ...good, ...over });
      expect(res.status, JSON.stringify(over)).toBe(status);
      expect(res.body.error.code).toBe(code);
    }

    const race = await Promise.all(
      ['li.ming', 'zhao.lei'].map((username) =>
        fresh.http.post<{ id: string } & Err>('/api/setup', { ...good, username }),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([201, 404]);
    const admins = await fresh.store.db
      .selectFrom('users')
      .select(['id', 'username', 'password_hash'])
      .execute();
    expect(admins).toHaveLength(1);
    expect(admins[0]!.password_hash).not.toContain(good.password);
    const winner = admins[0]!.username;
    expect((await signIn(fresh, winner, good.password)).status).toBe(200);
    const audit = await fresh.store.db
      .selectFrom('console_actions')
      .selectAll()
      .where('target', '=', admins[0]!.id)
      .execute();
    expect(audit.map((r) => [r.action, r.by_user])).toEqual([['setup-first-admin', admins[0]!.id]]);

    expect((await fresh.http.get<{ needed: boolean }>('/api/setup')).body.needed).toBe(false);
    const again = await fresh.http.post<Err>('/api/setup', { ...good, username: 'third.one' });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('NOT_FOUND');
    expect(await fresh.store.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });

  it('a demo site, where an admin exists, refuses set-up', async () => {
    expect((await demo.http.get<{ needed: boolean }>('/api/setup')).body.needed).toBe(false);
    const res = await demo.http.post<Err>('/api/setup', good);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    expect((await signIn(demo, good.username, good.password)).status).toBe(401);
  });
});
