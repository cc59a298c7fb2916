// Security: the key that proves a device id belongs to the device that signed in with it, the
// highest version the server served each device per warehouse (so an op cannot claim to know
// more than it was sent), and a lock time on sign-in throttle rows (taken atomically).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('device_keys')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('device_served')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('device_served_pk', ['device_id', 'warehouse_id'])
    .execute();
  await db.schema
    .alterTable('login_failures')
    .addColumn('locked_until', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  // Sessions made before keys proved nothing about their device id: every device signs in once
  // more (its waiting ops stay queued and sync after that sign-in).
  await db
    .updateTable('sessions')
    .set({ revoked_at: Date.now() })
    .where('device_id', 'is not', null)
    .where('revoked_at', 'is', null)
    .execute();
}
