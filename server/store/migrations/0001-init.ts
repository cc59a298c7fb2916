// The first schema: identity, devices and the op log, master data, stock and its ledger,
// exceptions, and the change feed (sync_rows).
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('warehouses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('user_warehouses')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('user_warehouses_pk', ['user_id', 'warehouse_id'])
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute();
  await db.schema
    .createIndex('sessions_device')
    .on('sessions')
    .columns(['device_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('app_version', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('last_push_at', 'bigint')
    .addColumn('pending_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('oldest_pending_at', 'bigint')
    .addColumn('clock_offset_ms', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('storage_used', 'bigint')
    .addColumn('storage_quota', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('revoked_at', 'bigint')
    .execute();
  await db.schema
    .createTable('op_log')
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('op_id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('v', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('device_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('base_version', 'bigint', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('message', 'text')
    .addColumn('version', 'bigint')
    .addColumn('exceptions', 'text')
    .addPrimaryKeyConstraint('op_log_pk', ['device_id', 'seq'])
    .execute();
  await db.schema
    .createTable('items')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('lot_tracked', 'integer', (c) => c.notNull())
    .addColumn('expiry_tracked', 'integer', (c) => c.notNull())
    .addColumn('serial_tracked', 'integer', (c) => c.notNull())
    .addColumn('unit_value', 'bigint', (c) => c.notNull())
    .addColumn('zone', 'text')
    .addColumn('home_location', 'text')
    .addPrimaryKeyConstraint('items_pk', ['warehouse_id', 'sku'])
    .execute();
  await db.schema
    .createTable('item_barcodes')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('pack_qty', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_barcodes_pk', ['warehouse_id', 'code'])
    .execute();
  await db.schema
    .createIndex('item_barcodes_sku')
    .on('item_barcodes')
    .columns(['warehouse_id', 'sku'])
    .execute();
  await db.schema
    .createTable('locations')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('barcode', 'text', (c) => c.notNull())
    .addColumn('zone', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('walk_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('locations_pk', ['warehouse_id', 'code'])
    .addUniqueConstraint('locations_barcode', ['warehouse_id', 'barcode'])
    .execute();
  await db.schema
    .createTable('stock')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('lot', 'text', (c) => c.notNull())
    .addColumn('expiry', 'text', (c) => c.notNull())
    .addColumn('qty', 'bigint', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_pk', ['warehouse_id', 'location', 'sku', 'lot', 'expiry'])
    .execute();
  await db.schema.createIndex('stock_sku').on('stock').columns(['warehouse_id', 'sku']).execute();
  await db.schema
    .createTable('movements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('op_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('lot', 'text', (c) => c.notNull())
    .addColumn('expiry', 'text', (c) => c.notNull())
    .addColumn('delta', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('approved_by', 'text')
    .execute();
  await db.schema
    .createIndex('movements_wh_version')
    .on('movements')
    .columns(['warehouse_id', 'version'])
    .execute();
  await db.schema
    .createIndex('movements_location')
    .on('movements')
    .columns(['warehouse_id', 'location', 'version'])
    .execute();
  await db.schema
    .createTable('exceptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('op_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('user_id', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('said', 'text', (c) => c.notNull())
    .addColumn('believed', 'text', (c) => c.notNull())
    .addColumn('ref', 'text')
    .addColumn('assigned_to', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'bigint')
    .addColumn('resolution', 'text')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('exceptions_wh_status')
    .on('exceptions')
    .columns(['warehouse_id', 'status'])
    .execute();
  await db.schema
    .createTable('sync_rows')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull())
    .addColumn('data', 'text')
    .addPrimaryKeyConstraint('sync_rows_pk', ['warehouse_id', 'entity', 'key'])
    .execute();
  await db.schema
    .createIndex('sync_rows_feed')
    .on('sync_rows')
    .columns(['warehouse_id', 'version'])
    .execute();
}
