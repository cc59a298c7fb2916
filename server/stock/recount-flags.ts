// Flags a location for a recount, once: a second reason while one is open adds nothing. Open
// flags sync to devices (entity locationFlag); counting clears them.
import { randomUUID } from 'node:crypto';
import { emit, type FeedWriter } from '../sync/feed.ts';

export async function flagForRecount(
  w: FeedWriter,
  f: { location: string; reason: string; ref?: string | null; by?: string | null; at: number },
): Promise<string> {
  const open = await w.trx
    .selectFrom('location_flags')
    .select('id')
    .where('warehouse_id', '=', w.warehouseId)
    .where('location', '=', f.location)
    .where('cleared_at', 'is', null)
    .executeTakeFirst();
  if (open) return open.id;
  const id = randomUUID();
  await w.trx
    .insertInto('location_flags')
    .values({
      id,
      warehouse_id: w.warehouseId,
      location: f.location,
      reason: f.reason,
      ref: f.ref ?? null,
      raised_by: f.by ?? null,
      raised_at: f.at,
      cleared_at: null,
      cleared_by: null,
    })
    .execute();
  await emit(w, 'locationFlag', id, {
    id,
    location: f.location,
    reason: f.reason,
    ref: f.ref ?? null,
    raisedAt: f.at,
  });
  return id;
}

/** Clears every open flag of a location (it was counted); tombstones them in the feed. */
export async function clearRecountFlags(
  w: FeedWriter,
  location: string,
  by: string | null,
  at: number,
): Promise<number> {
  const open = await w.trx
    .selectFrom('location_flags')
    .select('id')
    .where('warehouse_id', '=', w.warehouseId)
    .where('location', '=', location)
    .where('cleared_at', 'is', null)
    .execute();
  for (const { id } of open) {
    await w.trx
      .updateTable('location_flags')
      .set({ cleared_at: at, cleared_by: by })
      .where('id', '=', id)
      .execute();
    await emit(w, 'locationFlag', id, null);
  }
  return open.length;
}
