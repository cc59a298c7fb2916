// SQLite store: one file, WAL, synchronous=FULL so an acknowledged push survives a power cut.
// One connection serialises all work in this process, so locks are implicit.
import { EventEmitter } from 'node:events';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.ts';
import type { Store, Trx, VersionListener } from './store.ts';

export function openSqliteStore(file: string): Store {
  const raw = new SqliteDatabase(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  const events = new EventEmitter();
  events.setMaxListeners(0);

  return {
    kind: 'sqlite',
    db,
    write: (fn) => db.transaction().execute(fn),
    read: (fn) => db.transaction().execute(fn),
    lockDevice: async () => {},
    nextVersion: async (trx: Trx, warehouseId: string) => {
      const row = await trx
        .updateTable('warehouses')
        .set({ version: sql`version + 1` })
        .where('id', '=', warehouseId)
        .returning('version')
        .executeTakeFirstOrThrow();
      return Number(row.version);
    },
    notify: (warehouseId, version) => {
      events.emit('version', warehouseId, version);
      return Promise.resolve();
    },
    onVersion: (listener: VersionListener) => {
      events.on('version', listener);
      return () => events.off('version', listener);
    },
    close: () => db.destroy(),
  };
}
