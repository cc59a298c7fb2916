// Chooses and prepares the store: PostgreSQL when DATABASE_URL says so, else an SQLite file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { migrate } from './migrate.ts';
import { openSqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export interface StoreConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
}

export async function openStore(config: StoreConfig): Promise<Store> {
  let store: Store;
  if (config.databaseUrl?.startsWith('postgres')) {
    const { openPostgresStore } = await import('./postgres.ts');
    store = await openPostgresStore(config.databaseUrl);
  } else {
    mkdirSync(config.dataDir, { recursive: true });
    store = openSqliteStore(join(config.dataDir, 'floorsync.sqlite'));
  }
  await migrate(store.db as never);
  await ensureEpoch(store);
  return store;
}

/** The epoch names this database's history; a restore from backup must mint a new one. */
async function ensureEpoch(store: Store): Promise<void> {
  await store.db
    .insertInto('meta')
    .values({ key: 'epoch', value: randomUUID() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function readEpoch(store: Store): Promise<string> {
  const row = await store.db
    .selectFrom('meta')
    .select('value')
    .where('key', '=', 'epoch')
    .executeTakeFirstOrThrow();
  return row.value;
}

/** Called by `npm run db:new-epoch` after restoring a backup: devices will re-snapshot. */
export async function mintEpoch(store: Store): Promise<string> {
  const epoch = randomUUID();
  await store.db.updateTable('meta').set({ value: epoch }).where('key', '=', 'epoch').execute();
  return epoch;
}
