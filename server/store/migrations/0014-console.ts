// Console, third step: the op log screen and the labour figures read op_log by warehouse and
// the time the server heard each op, newest first, with paging; an index keeps that quick on a
// long shift.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createIndex('op_log_warehouse_received')
    .on('op_log')
    .columns(['warehouse_id', 'received_at'])
    .execute();
}
