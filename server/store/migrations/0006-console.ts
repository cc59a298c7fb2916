// Supervisor console: per-minute samples of what each device holds unsent (the chart over the
// shift) and the audit of every console action (who did what to which record, and why).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('device_samples')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('minute', 'bigint', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('pending_count', 'bigint', (c) => c.notNull())
    .addColumn('oldest_pending_at', 'bigint')
    .addPrimaryKeyConstraint('device_samples_pk', ['device_id', 'minute'])
    .execute();
  await db.schema
    .createTable('console_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by_user', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('console_actions_target')
    .on('console_actions')
    .columns(['warehouse_id', 'target_kind', 'target'])
    .execute();
}
