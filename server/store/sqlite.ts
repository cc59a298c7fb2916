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
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(raw) }),
  });
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

/**
 * Kysely asks better-sqlite3 to prepare every query it runs, and preparing (parsing and
 * planning the SQL) costs more than running a small insert. The same SQL text is prepared once
 * here and reused; execution is synchronous on one connection, so statements never interleave.
 */
function withStatementCache(raw: SqliteDatabase.Database): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = raw.prepare.bind(raw);
  return new Proxy(raw, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') {
        const value = Reflect.get(target, prop, receiver) as unknown;
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value;
      }
      return (source: string) => {
        let stmt = cache.get(source);
        if (!stmt) {
          stmt = prepare(source);
          if (cache.size > 500) cache.clear();
          cache.set(source, stmt);
        }
        return stmt;
      };
    },
  });
}
