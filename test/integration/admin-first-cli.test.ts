// The first-admin command run from the server's shell: on an empty store it creates one admin
// whose password came from standard input (hashed, audited); run again it refuses and exits 1.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openTestStore, storeKinds } from '../helpers/test-server.ts';

const runCli = (env: Record<string, string>, username: string, password: string) =>
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli/first-admin.ts',
      '--username',
      username,
      '--name',
      'Li Ming',
      '--warehouse',
      'SH1',
      '--warehouse-name',
      'Shanghai one',
    ],
    { input: `${password}\n`, env: { ...process.env, ...env }, encoding: 'utf8' },
  );

describe.each(storeKinds())('first-admin command on %s', (kind) => {
  it('creates the first admin once, then refuses', async () => {
    const { store, dataDir, databaseUrl } = await openTestStore(kind);
    const env = { DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    try {
      const first = runCli(env, 'li.ming', 'a-long-first-secret');
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout).not.toContain('a-long-first-secret');
      const second = runCli(env, 'zhao.lei', 'another-long-secret');
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('NOT_FOUND');
      const users = await store.db
        .selectFrom('users')
        .select(['id', 'username', 'roles', 'password_hash'])
        .execute();
      expect(users.map((u) => [u.username, JSON.parse(u.roles) as string[]])).toEqual([
        ['li.ming', ['admin', 'supervisor']],
      ]);
      expect(users[0]!.password_hash).not.toContain('a-long-first-secret');
      const audit = await store.db
        .selectFrom('console_actions')
        .select('action')
        .where('target', '=', users[0]!.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['setup-first-admin']);
    } finally {
      await store.close();
    }
  });
});
