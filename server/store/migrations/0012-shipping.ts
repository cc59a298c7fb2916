// Shipping prep (docs/shipping.md): orders' ship-to and route stop, delivery routes, cartons,
// SSCC serial ranges per device and the allocator they come from (one per company prefix and
// extension digit, across warehouses, so two sites never mint the same SSCC), settings, unit
// weights. Rows keep their synced shape as JSON text next to the columns queries need.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('ship_orders')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('route', 'text')
    .addColumn('stop', 'integer')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ship_orders_pk', ['warehouse_id', 'order_no'])
    .execute();
  await db.schema
    .createTable('ship_routes')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('vehicle', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ship_routes_pk', ['warehouse_id', 'route'])
    .execute();
  await db.schema
    .createTable('cartons')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sscc', 'text')
    .addColumn('closed_device', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cartons_pk', ['warehouse_id', 'id'])
    .execute();
  // Not unique: a duplicate SSCC on a carton is a physical label, applied and raised (S11).
  await db.schema.createIndex('cartons_sscc').on('cartons').column('sscc').execute();
  await db.schema
    .createIndex('cartons_order')
    .on('cartons')
    .columns(['warehouse_id', 'order_no'])
    .execute();
  // Units per item packed for an order, kept as the cartons fill (S4 reads it on every scan).
  await db.schema
    .createTable('packed_units')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('order_no', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('qty', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('packed_units_pk', ['warehouse_id', 'order_no', 'sku'])
    .execute();
  await db.schema
    .createTable('sscc_allocators')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('next', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sscc_ranges')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('start_serial', 'bigint', (c) => c.notNull())
    .addColumn('end_serial', 'bigint', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sscc_ranges_pk', ['scope', 'start_serial'])
    .execute();
  await db.schema
    .createIndex('sscc_ranges_device')
    .on('sscc_ranges')
    .columns(['device_id', 'scope'])
    .execute();
  await db.schema
    .createTable('ship_settings')
    .addColumn('warehouse_id', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('item_weights')
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('sku', 'text', (c) => c.notNull())
    .addColumn('grams', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('item_weights_pk', ['warehouse_id', 'sku'])
    .execute();
}
