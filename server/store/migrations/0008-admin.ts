// User administration: a password an administrator set must be changed at the next sign-in,
// and a deactivated user keeps their row (their past work names them) with the time it ended.
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are frozen in time and must not follow today's types
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('deactivated_at', 'bigint').execute();
  await db.schema
    .createIndex('console_actions_kind_at')
    .on('console_actions')
    .columns(['target_kind', 'at'])
    .execute();
}
