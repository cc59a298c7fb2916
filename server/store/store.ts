// The store interface every route and op handler uses: Kysely for queries, plus the few things
// that differ between SQLite and PostgreSQL (locks, notifications, transaction flavour).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

export type Trx = Transaction<Database>;

export type VersionListener = (warehouseId: string, version: number) => void;

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  /** A writing transaction; retried from the start when the database asks for it. */
  write<T>(fn: (trx: Trx) => Promise<T>): Promise<T>;
  /** A read-only transaction that sees one consistent snapshot. */
  read<T>(fn: (trx: Trx) => Promise<T>): Promise<T>;
  /** Hold the device's row until commit, so two pushes from one device never interleave. */
  lockDevice(trx: Trx, deviceId: string): Promise<void>;
  /** Bump the warehouse version under its row lock and return it; commits happen in its order. */
  nextVersion(trx: Trx, warehouseId: string): Promise<number>;
  /** Tell every server instance a warehouse moved to `version` (call after commit). */
  notify(warehouseId: string, version: number): Promise<void>;
  onVersion(listener: VersionListener): () => void;
  close(): Promise<void>;
}
