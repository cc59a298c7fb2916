// Locations flagged for a recount (by a short pick, a count that saw stock move, a supervisor).
// Counting turns open flags into count tasks and clears them when the location is counted.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('location_flags')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('warehouse_id', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('ref', 'text')
    .addColumn('raised_by', 'text')
    .addColumn('raised_at', 'bigint', (c) => c.notNull())
    .addColumn('cleared_at', 'bigint')
    .addColumn('cleared_by', 'text')
    .execute();
  await db.schema
    .createIndex('location_flags_open')
    .on('location_flags')
    .columns(['warehouse_id', 'location', 'cleared_at'])
    .execute();
}
