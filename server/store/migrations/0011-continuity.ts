// Floor continuity (docs/picking.md K8–K12): who last released a pick list's claim, lines left
// for another picker with a reason, per pick face a min/max, and replenishment tasks (at most
// one open per face: `open_face` is set only while the task is open, and is unique).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema.alterTable('pick_lists').addColumn('released_by', 'text').execute();
  await db.schema.alterTable('pick_lists').addColumn('released_at', 'bigint').execute();
  await db.schema.alterTable('pick_lines').addColumn('defer_reason', 'text').execute();
  await db.schema.alterTable('pick_lines').addColumn('deferred_by', 'text').execute();
  await db.schema
    .createTable('pick_faces')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('min_qty', 'bigint', (c) => c.notNull())
    .addColumn('max_qty', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('pick_faces_pk', ['warehouse_id', 'location', 'sku'])
    .execute();
  await db.schema
    .createTable('replenishment_tasks')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('from_location', 'text')
    .addColumn('lot', 'text', (c) => c.notNull())
    .addColumn('expiry', 'text', (c) => c.notNull())
    .addColumn('qty', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('open_face', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by_op', 'text')
    .addColumn('done_at', 'bigint')
    .addColumn('done_by', 'text')
    .addPrimaryKeyConstraint('replenishment_tasks_pk', ['warehouse_id', 'id'])
    .execute();
  // NULLs never clash in a unique index (SQLite and PostgreSQL alike): only open tasks count.
  await db.schema
    .createIndex('replenishment_tasks_open_face')
    .on('replenishment_tasks')
    .columns(['warehouse_id', 'open_face'])
    .unique()
    .execute();
}
