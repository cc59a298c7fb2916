// Counting: count tasks and their locations (synced), every count observation as it arrived,
// and the variances that wait for a recount or a supervisor's decision.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('count_tasks')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('blind', 'integer', (c) => c.notNull())
    .addColumn('assigned_to', 'text')
    .addColumn('due_date', 'text')
    .addColumn('tolerance_kind', 'text', (c) => c.notNull())
    .addColumn('tolerance_value', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recount_of', 'text')
    .addColumn('not_by', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('count_tasks_pk', ['warehouse_id', 'id'])
    .execute();
  await db.schema
    .createTable('count_task_locations')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('walk_seq', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('counted_by', 'text')
    .addColumn('counted_at', 'bigint')
    .addPrimaryKeyConstraint('count_task_locations_pk', ['warehouse_id', 'task', 'location'])
    .execute();
  await db.schema
    .createTable('count_observations')
    .addColumn('op_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('task', 'text')
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('base_version', 'bigint', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('empty', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('variance_id', 'text')
    .addColumn('disturbed', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('count_observations_location')
    .on('count_observations')
    .columns(['warehouse_id', 'location', 'version'])
    .execute();
  await db.schema
    .createTable('count_variances')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('task', 'text')
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('counted_by', 'text', (c) => c.notNull())
    .addColumn('counted_at', 'bigint', (c) => c.notNull())
    .addColumn('count_op', 'text', (c) => c.notNull())
    .addColumn('recount_by', 'text')
    .addColumn('recount_at', 'bigint')
    .addColumn('recount_op', 'text')
    .addColumn('exception_id', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'bigint')
    .addColumn('decision_reason', 'text')
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('count_variances_status')
    .on('count_variances')
    .columns(['warehouse_id', 'status'])
    .execute();
}
