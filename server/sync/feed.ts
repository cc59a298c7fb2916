// The change feed: every synced row's latest state (or tombstone) with the version that wrote
// it. Writers emit rows here inside their transaction; pull reads it by version.
import type { Trx } from '../store/store.ts';
import type { EntityName } from '#core/entities.ts';

export interface FeedWriter {
  trx: Trx;
  warehouseId: string;
  version: number;
}

export async function emit(
  w: FeedWriter,
  entity: EntityName,
  key: string,
  row: object | null,
): Promise<void> {
  await emitMany(w, entity, [[key, row]]);
}

/** Upsert many rows of one entity in few statements (imports emit thousands). */
export async function emitMany(
  w: FeedWriter,
  entity: EntityName,
  rows: readonly (readonly [key: string, row: object | null])[],
): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = rows.slice(i, i + CHUNK).map(([key, row]) => ({
      warehouse_id: w.warehouseId,
      entity,
      key,
      version: w.version,
      deleted: row ? 0 : 1,
      data: row ? JSON.stringify(row) : null,
    }));
    await w.trx
      .insertInto('sync_rows')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['warehouse_id', 'entity', 'key']).doUpdateSet((eb) => ({
          version: eb.ref('excluded.version'),
          deleted: eb.ref('excluded.deleted'),
          data: eb.ref('excluded.data'),
        })),
      )
      .execute();
  }
}
