// Runs the Kysely migrations. Kysely takes a lock table first, so several instances starting
// at once on one PostgreSQL run each migration exactly once.
import { Migrator, type Kysely, type Migration } from 'kysely';
import * as init from './migrations/0001-init.ts';
import * as locationFlags from './migrations/0002-location-flags.ts';
import * as receiving from './migrations/0003-receiving.ts';
import * as picking from './migrations/0004-picking.ts';
import * as counting from './migrations/0005-counting.ts';
import * as consoleTables from './migrations/0006-console.ts';
import * as security from './migrations/0007-security.ts';
import * as admin from './migrations/0008-admin.ts';
import * as goods from './migrations/0009-goods.ts';
import * as consoleDevices from './migrations/0010-console-devices.ts';
import * as continuity from './migrations/0011-continuity.ts';
import * as consoleOpLog from './migrations/0014-console.ts';
import * as shipping from './migrations/0012-shipping.ts';
import * as lotHolds from './migrations/0016-lot-holds.ts';

const migrations: Record<string, Migration> = {
  '0001-init': init,
  '0002-location-flags': locationFlags,
  '0003-receiving': receiving,
  '0004-picking': picking,
  '0005-counting': counting,
  '0006-console': consoleTables,
  '0007-security': security,
  '0008-admin': admin,
  '0009-goods': goods,
  '0010-console-devices': consoleDevices,
  '0011-continuity': continuity,
  '0014-console': consoleOpLog,
  '0012-shipping': shipping,
  '0016-lot-holds': lotHolds,
};

export async function migrate(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrations) },
    // Migrations of features built side by side land out of number order; each runs once.
    allowUnorderedMigrations: true,
  });
  const { error } = await migrator.migrateToLatest();
  if (error)
    throw error instanceof Error ? error : new Error(`migration failed: ${JSON.stringify(error)}`);
}
