// Where received goods should go: the item's home location, else an empty storage location in
// its zone, else any empty storage location; cross-dock goes to an outbound location. Pure, so
// the device suggests offline from the data it holds.
import type { Item, Location, Stock } from '../entities.ts';

export interface PutawayTask {
  key: string;
  from: string;
  sku: string;
  lot: string;
  expiry: string;
  qty: number;
}

/** What waits at dock locations: positive stock buckets there, in walking order of the docks. */
export function putawayTasks(docks: readonly Location[], stock: readonly Stock[]): PutawayTask[] {
  const order = new Map(docks.map((d) => [d.code, d.walkSeq]));
  return stock
    .filter((s) => order.has(s.location) && s.qty > 0)
    .sort(
      (a, b) =>
        order.get(a.location)! - order.get(b.location)! ||
        a.sku.localeCompare(b.sku) ||
        a.lot.localeCompare(b.lot) ||
        a.expiry.localeCompare(b.expiry),
    )
    .map((s) => ({
      key: s.key,
      from: s.location,
      sku: s.sku,
      lot: s.lot,
      expiry: s.expiry,
      qty: s.qty,
    }));
}

/**
 * The suggested location for an item. `occupied` holds the codes of locations with stock on
 * the book (with waiting ops applied); locations are searched in walking order.
 */
export function suggestLocation(
  item: Pick<Item, 'homeLocation' | 'zone'>,
  locations: readonly Location[],
  occupied: ReadonlySet<string>,
  crossDock = false,
): Location | null {
  const byWalk = [...locations].sort((a, b) => a.walkSeq - b.walkSeq);
  if (crossDock) return byWalk.find((l) => l.kind === 'outbound') ?? null;
  const home = item.homeLocation
    ? byWalk.find((l) => l.code === item.homeLocation && l.kind === 'storage')
    : undefined;
  if (home) return home;
  const empty = byWalk.filter((l) => l.kind === 'storage' && !occupied.has(l.code));
  return empty.find((l) => item.zone !== null && l.zone === item.zone) ?? empty[0] ?? null;
}

/** Where a worker may put received goods: storage, or outbound (cross-dock). */
export const isPutawayTarget = (l: Pick<Location, 'kind'>): boolean =>
  l.kind === 'storage' || l.kind === 'outbound';
