// The real server in-process on a real store that can be backed up and restored as an operator
// does (F15): server stopped, the database copied (a file copy, or a template database on
// PostgreSQL), put back, `db:new-epoch`'s work done, server started again on the same port.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { mintEpoch, openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/store.ts';
import { skipAfterRestore } from '../../server/tasks/shipping/ranges.ts';
import { HttpClient } from './http-client.ts';
import { openTestStore, type StoreKind } from './test-server.ts';

const PASSWORDS: Record<string, string> = { picker: 'picker123', picker2: 'picker123' };

async function admin(base: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export class RestorableServer {
  private app!: FastifyInstance;
  private port = 0;
  private readonly keys = new Map<string, string>();

  private constructor(
    readonly kind: StoreKind,
    public store: Store,
    private readonly dataDir: string,
    private readonly databaseUrl: string | undefined,
  ) {}

  static async start(kind: StoreKind): Promise<RestorableServer> {
    const { store, dataDir, databaseUrl } = await openTestStore(kind);
    await seedDemo(store);
    const s = new RestorableServer(kind, store, dataDir, databaseUrl);
    await s.listen();
    return s;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  private async listen(): Promise<void> {
    this.app = await buildApp({ store: this.store, appVersion: 'test' });
    await this.app.listen({ port: this.port, host: '127.0.0.1' });
    const addr = this.app.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
  }

  private async stop(): Promise<void> {
    await this.app.close();
    await this.store.close();
  }

  private async reopen(): Promise<void> {
    this.store = await openStore({ dataDir: this.dataDir, databaseUrl: this.databaseUrl });
    await this.listen();
  }

  private get dbName(): string {
    return new URL(this.databaseUrl!).pathname.slice(1);
  }

  async as(username: string, deviceId = `sim-${randomUUID()}`): Promise<HttpClient> {
    const key = this.keys.get(deviceId) ?? randomBytes(32).toString('base64url');
    this.keys.set(deviceId, key);
    const http = new HttpClient(this.url);
    const res = await http.post<{ token: string }>('/api/auth/login', {
      username,
      password: PASSWORDS[username] ?? '',
      deviceId,
      deviceKey: key,
    });
    if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
    return http.withToken(res.body.token, deviceId);
  }

  async backup(): Promise<string> {
    await this.stop();
    let id: string;
    if (this.kind === 'sqlite') {
      id = mkdtempSync(join(tmpdir(), 'floorsync-backup-'));
      for (const ext of ['', '-wal', '-shm']) {
        const f = join(this.dataDir, `floorsync.sqlite${ext}`);
        if (existsSync(f)) copyFileSync(f, join(id, `floorsync.sqlite${ext}`));
      }
    } else {
      id = `${this.dbName}_b${randomBytes(3).toString('hex')}`;
      await admin(inject('pgUrl')!, `create database ${id} template ${this.dbName}`);
    }
    await this.reopen();
    return id;
  }

  /** Puts the backup back, mints a new epoch and skips the SSCC gap, as `db:new-epoch` does. */
  async restore(backup: string): Promise<void> {
    await this.stop();
    if (this.kind === 'sqlite') {
      for (const ext of ['', '-wal', '-shm']) {
        const live = join(this.dataDir, `floorsync.sqlite${ext}`);
        rmSync(live, { force: true });
        const saved = join(backup, `floorsync.sqlite${ext}`);
        if (existsSync(saved)) copyFileSync(saved, live);
      }
    } else {
      await admin(inject('pgUrl')!, `drop database ${this.dbName} with (force)`);
      await admin(inject('pgUrl')!, `create database ${this.dbName} template ${backup}`);
    }
    const store = await openStore({ dataDir: this.dataDir, databaseUrl: this.databaseUrl });
    await mintEpoch(store);
    await skipAfterRestore(store);
    await store.close();
    await this.reopen();
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
