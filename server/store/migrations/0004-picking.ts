// Picking: pick lists (one order or a batch of orders, one tote each) and their lines with
// progress. What each device picked is in the op log and the movements ledger.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('pick_lists')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('barcode', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('orders', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_device', 'text')
    .addColumn('claimed_at', 'bigint')
    .addColumn('completed_by', 'text')
    .addColumn('completed_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('pick_lists_pk', ['warehouse_id', 'number'])
    .addUniqueConstraint('pick_lists_barcode', ['warehouse_id', 'barcode'])
    .execute();
  await db.schema
    .createTable('pick_lines')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('tote', 'text')
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('qty', 'bigint', (c) => c.notNull())
    .addColumn('picked_qty', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('short_reason', 'text')
    .addColumn('lots', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pick_lines_pk', ['warehouse_id', 'list', 'line'])
    .execute();
  // Open demand per pick face (replenishment) reads lines by location and item.
  await db.schema
    .createIndex('pick_lines_face')
    .on('pick_lines')
    .columns(['warehouse_id', 'location', 'sku'])
    .execute();
}
