// Receiving: expected receipts and their lines (with progress), deliveries against them, the
// receiving journal, and photos of damaged units.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('receipts')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('barcode', 'text', (c) => c.notNull())
    .addColumn('supplier', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('dock', 'text', (c) => c.notNull())
    .addColumn('tolerance_pct', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_reason', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('closed_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('receipts_pk', ['warehouse_id', 'number'])
    .addUniqueConstraint('receipts_barcode', ['warehouse_id', 'barcode'])
    .execute();
  await db.schema
    .createTable('receipt_lines')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('receipt', 'text', (c) => c.notNull())
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('line', 'integer')
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('expected_qty', 'bigint', (c) => c.notNull())
    .addColumn('lot', 'text', (c) => c.notNull())
    .addColumn('expiry', 'text', (c) => c.notNull())
    .addColumn('serials', 'text', (c) => c.notNull())
    .addColumn('received_qty', 'bigint', (c) => c.notNull())
    .addColumn('damaged_qty', 'bigint', (c) => c.notNull())
    .addColumn('scrap_qty', 'bigint', (c) => c.notNull())
    .addColumn('received_serials', 'text', (c) => c.notNull())
    .addColumn('replaces_line', 'integer')
    .addPrimaryKeyConstraint('receipt_lines_pk', ['warehouse_id', 'receipt', 'line_key'])
    .execute();
  await db.schema
    .createTable('receipt_deliveries')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('receipt', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .addColumn('units', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .addColumn('closed_flagged', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('receipt_deliveries_pk', ['warehouse_id', 'id'])
    .execute();
  await db.schema
    .createIndex('receipt_deliveries_receipt')
    .on('receipt_deliveries')
    .columns(['warehouse_id', 'receipt'])
    .execute();
  await db.schema
    .createTable('receipt_events')
    .addColumn('op_id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('receipt', 'text', (c) => c.notNull())
    .addColumn('delivery', 'text', (c) => c.notNull())
    .addColumn('line_key', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('qty', 'bigint', (c) => c.notNull())
    .addColumn('lot', 'text', (c) => c.notNull())
    .addColumn('expiry', 'text', (c) => c.notNull())
    .addColumn('serials', 'text', (c) => c.notNull())
    .addColumn('condition', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('location', 'text')
    .addColumn('has_photo', 'integer', (c) => c.notNull())
    .addColumn('undoes', 'text')
    .addColumn('undone_by', 'text')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('receipt_events_receipt')
    .on('receipt_events')
    .columns(['warehouse_id', 'receipt', 'version'])
    .execute();
  await db.schema
    .createTable('receipt_photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('receipt', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
}
