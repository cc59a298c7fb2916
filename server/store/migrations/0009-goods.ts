// Goods rules: each item's minimum remaining shelf life for receiving and for shipping, in days
// (docs/receiving.md R9). 0 means only "not expired".
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('items')
    .addColumn('min_shelf_days_receive', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('items')
    .addColumn('min_shelf_days_ship', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
