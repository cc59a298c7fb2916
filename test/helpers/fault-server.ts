// The real server process for browser fault tests on either store: an SQLite file in its data
// directory, or its own database in a throwaway PostgreSQL cluster started by the test file.
// It can also take a backup and restore it (F15), as an operator would: server stopped, the
// database copied (a file copy, or a template database on PostgreSQL), then `db:new-epoch`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ServerProcess, type ServerProcessOptions } from './server-process.ts';
import { findPgBin, startCluster, type Cluster } from './postgres-cluster.ts';
import { requirePart } from './real-parts.ts';
import { openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/store.ts';

export type FaultStore = 'sqlite' | 'postgres';

const ROOT = resolve(import.meta.dirname, '../..');

/** Both stores when PostgreSQL is installed (CI must have it: skip-or-fail, TESTING.md). */
export function faultStores(): FaultStore[] {
  const have = requirePart(
    'PostgreSQL (browser fault tests on PostgreSQL)',
    findPgBin() !== null || !!process.env['TEST_DATABASE_URL'],
    'Install it with `apt-get install -y postgresql` or set TEST_DATABASE_URL.',
  );
  return have ? ['sqlite', 'postgres'] : ['sqlite'];
}

let cluster: Cluster | null = null;
let users = 0;

async function clusterUrl(): Promise<string> {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) return given;
  cluster ??= await startCluster(findPgBin()!);
  return cluster.url;
}

async function admin<T>(base: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

const withDb = (base: string, name: string) => {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
};

export class FaultServer {
  private backups = 0;

  private constructor(
    readonly kind: FaultStore,
    readonly server: ServerProcess,
    private readonly pgBase: string | null,
    private readonly dbName: string | null,
  ) {}

  static async start(kind: FaultStore, opts: ServerProcessOptions = {}): Promise<FaultServer> {
    if (kind === 'sqlite')
      return new FaultServer(kind, await ServerProcess.start(opts), null, null);
    const base = await clusterUrl();
    users++;
    const name = `f_${randomBytes(6).toString('hex')}`;
    await admin(base, (c) => c.query(`create database ${name}`));
    const server = await ServerProcess.start({
      ...opts,
      env: { ...opts.env, DATABASE_URL: withDb(base, name) },
    });
    return new FaultServer(kind, server, base, name);
  }

  get databaseUrl(): string | undefined {
    return this.pgBase && this.dbName ? withDb(this.pgBase, this.dbName) : undefined;
  }

  /** The server's database, opened from the test process for assertions. */
  openStore(): Promise<Store> {
    return openStore({ dataDir: this.server.dataDir, databaseUrl: this.databaseUrl });
  }

  /** A backup of the database as it is now; the server is stopped for the copy and restarted. */
  async backup(): Promise<string> {
    await this.server.stop();
    const id = `b${++this.backups}`;
    if (this.kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'floorsync-backup-'));
      copyFileSync(join(this.server.dataDir, 'floorsync.sqlite'), join(dir, 'floorsync.sqlite'));
      for (const ext of ['-wal', '-shm']) {
        const f = join(this.server.dataDir, `floorsync.sqlite${ext}`);
        if (existsSync(f)) copyFileSync(f, join(dir, `floorsync.sqlite${ext}`));
      }
      await this.server.start();
      return dir;
    }
    const name = `${this.dbName}_${id}`;
    await admin(this.pgBase!, (c) => c.query(`create database ${name} template ${this.dbName}`));
    await this.server.start();
    return name;
  }

  /** Puts a backup back (server stopped) and runs `npm run db:new-epoch`, then starts. */
  async restore(backup: string): Promise<string> {
    await this.server.stop();
    if (this.kind === 'sqlite') {
      for (const ext of ['', '-wal', '-shm']) {
        const live = join(this.server.dataDir, `floorsync.sqlite${ext}`);
        rmSync(live, { force: true });
        const saved = join(backup, `floorsync.sqlite${ext}`);
        if (existsSync(saved)) copyFileSync(saved, live);
      }
    } else {
      await admin(this.pgBase!, async (c) => {
        await c.query(`drop database ${this.dbName} with (force)`);
        await c.query(`create database ${this.dbName} template ${backup}`);
      });
    }
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/new-epoch.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATA_DIR: this.server.dataDir,
        ...(this.databaseUrl ? { DATABASE_URL: this.databaseUrl } : {}),
      },
      encoding: 'utf8',
    });
    await this.server.start();
    return out.trim();
  }

  async dispose(): Promise<void> {
    await this.server.dispose();
    if (this.pgBase) {
      await admin(this.pgBase, (c) =>
        c.query(`drop database if exists ${this.dbName} with (force)`),
      );
      if (--users === 0 && cluster) {
        cluster.stop();
        cluster = null;
      }
    }
  }
}
