// The change feed: every synced row's latest state (or tombstone) with the version that wrote
// it. Writers emit rows here inside their transaction; pull reads it by version. A push batch
// buffers its emits (one version for the whole batch, so only the last state of a row counts)
// and writes them once before commit; a rejected op's emits are dropped with it.
import type { Trx } from '../store/store.ts';
import type { EntityName } from '#core/entities.ts';

export interface FeedWriter {
  trx: Trx;
  warehouseId: string;
  version: number;
  /** When set, emits wait here until the batch flushes them. */
  feed?: FeedBuffer;
}

type Row = readonly [entity: EntityName, key: string, row: object | null];

export class FeedBuffer {
  private readonly batch = new Map<string, Row>();
  private op = new Map<string, Row>();

  add(entity: EntityName, key: string, row: object | null): void {
    this.op.set(`${entity}\u0000${key}`, [entity, key, row]);
  }

  /** The op applied: its rows join the batch. */
  keep(): void {
    for (const [k, r] of this.op) this.batch.set(k, r);
    this.op = new Map();
  }

  /** The op was rolled back: so are its rows. */
  drop(): void {
    this.op = new Map();
  }

  async flush(w: Omit<FeedWriter, 'feed'>): Promise<void> {
    const byEntity = new Map<EntityName, [string, object | null][]>();
    for (const [entity, key, row] of this.batch.values()) {
      const list = byEntity.get(entity) ?? [];
      list.push([key, row]);
      byEntity.set(entity, list);
    }
    for (const [entity, rows] of byEntity) await emitMany(w, entity, rows);
    this.batch.clear();
  }
}

export async function emit(
  w: FeedWriter,
  entity: EntityName,
  key: string,
  row: object | null,
): Promise<void> {
  if (w.feed) w.feed.add(entity, key, row);
  else await emitMany(w, entity, [[key, row]]);
}

/** Upsert many rows of one entity in few statements (imports emit thousands). */
export async function emitMany(
  w: FeedWriter,
  entity: EntityName,
  rows: readonly (readonly [key: string, row: object | null])[],
): Promise<void> {
  const CHUNK = 200;
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
