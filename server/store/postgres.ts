// PostgreSQL store for sites with several server instances. Writers take the device row and
// then the warehouse row lock (always in that order, so never a deadlock between pushes);
// readers use one repeatable-read snapshot. Instances poke each other with LISTEN/NOTIFY.
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from './schema.ts';
import type { Store, Trx, VersionListener } from './store.ts';

const CHANNEL = 'floorsync_version';
const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock detected
const MAX_ATTEMPTS = 5;

// int8 columns hold ms timestamps and versions, well inside Number's exact range.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openPostgresStore(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client whose backend went away (restart, failover, idle timeout, a proxy) emits
  // 'error' on the pool; unhandled, Node would exit. The pool drops that client and makes a new
  // one on the next query, so there is nothing to do but say so.
  pool.on('error', (err) => {
    process.stderr.write(`postgres: idle connection lost (${err.message}); it will be replaced\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const listener = await listen(url, events);

  const write = async <T>(fn: (trx: Trx) => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().setIsolationLevel('read committed').execute(fn);
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= MAX_ATTEMPTS) throw err;
      }
    }
  };

  return {
    kind: 'postgres',
    db,
    write,
    read: (fn) =>
      db
        .transaction()
        .setIsolationLevel('repeatable read')
        .execute(async (trx) => {
          await sql`set transaction read only`.execute(trx);
          return fn(trx);
        }),
    lockDevice: async (trx, deviceId) => {
      await sql`select 1 from devices where id = ${deviceId} for update`.execute(trx);
    },
    nextVersion: async (trx, warehouseId) => {
      const row = await trx
        .updateTable('warehouses')
        .set({ version: sql`version + 1` })
        .where('id', '=', warehouseId)
        .returning('version')
        .executeTakeFirstOrThrow();
      return Number(row.version);
    },
    notify: async (warehouseId, version) => {
      await sql`select pg_notify(${CHANNEL}, ${`${warehouseId}:${version}`})`.execute(db);
    },
    onVersion: (fn: VersionListener) => {
      events.on('version', fn);
      return () => events.off('version', fn);
    },
    close: async () => {
      listener.stop();
      await db.destroy();
    },
  };
}

/** One dedicated connection that LISTENs and reconnects, with backoff, for as long as it takes. */
async function listen(url: string, events: EventEmitter): Promise<{ stop: () => void }> {
  let stopped = false;
  let client: pg.Client | null = null;
  let failures = 0;
  const retry = () => {
    if (stopped) return;
    const delay = Math.min(500 * 2 ** failures, 30_000);
    failures += 1;
    setTimeout(() => void connect().catch(retry), delay);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (msg) => {
      const [warehouseId, version] = (msg.payload ?? '').split(':');
      if (warehouseId && version) events.emit('version', warehouseId, Number(version));
    });
    let lost = false;
    c.on('error', () => {
      if (lost) return;
      lost = true;
      void c.end().catch(() => undefined);
      retry();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (err) {
      lost = true;
      void c.end().catch(() => undefined);
      throw err;
    }
    if (stopped) return void c.end().catch(() => undefined);
    client = c;
    failures = 0;
  };
  await connect();
  return {
    stop: () => {
      stopped = true;
      void client?.end().catch(() => undefined);
    },
  };
}
