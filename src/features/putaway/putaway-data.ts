// What waits at the docks, from the device's own data, offline: dock stock with waiting ops
// folded on top (P15), each with a suggested location by the shared rule.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Location } from '#core/entities.ts';
import { overlayStock } from '#core/overlay.ts';
import { isoDay, type ShelfLifeVerdict } from '#core/goods/shelf-life.ts';
import { putawayShelfLife, quarantineSuggestion } from '#core/goods/putaway-guard.ts';
import { waitingStockDeltas } from '../../sync/op-deltas.ts';
import { putawayTasks, suggestLocation, type PutawayTask } from '#core/receiving/putaway.ts';
import { db, type LocalItem } from '../../db/database.ts';
import { overlayOps } from '../stock-hooks.ts';

export interface TaskView extends PutawayTask {
  item: LocalItem | null;
  suggestion: Location | null;
  /** Expired or short-dated goods at the dock (R12): quarantine only. */
  shelfLife?: ShelfLifeVerdict | null;
}

export async function putawayView(crossDock: boolean): Promise<TaskView[]> {
  const [locations, stock, ops] = await Promise.all([
    db.locations.toArray(),
    db.stock.toArray(),
    overlayOps(),
  ]);
  const all = overlayStock(stock, waitingStockDeltas(ops), () => true);
  const docks = locations.filter((l) => l.kind === 'dock');
  const tasks = putawayTasks(docks, all);
  const occupied = new Set(all.filter((s) => s.qty > 0).map((s) => s.location));
  const today = isoDay(Date.now());
  const items = await db.items.bulkGet([...new Set(tasks.map((t) => t.sku))]);
  const bySku = new Map(items.filter((i): i is LocalItem => !!i).map((i) => [i.sku, i]));
  return tasks.map((t) => {
    const item = bySku.get(t.sku) ?? null;
    const shelfLife = item ? putawayShelfLife(t, item, today) : null;
    return {
      ...t,
      item,
      shelfLife,
      suggestion: shelfLife
        ? quarantineSuggestion(locations)
        : item
          ? suggestLocation(item, locations, occupied, crossDock)
          : null,
    };
  });
}

export const usePutawayView = (crossDock: boolean) =>
  useLiveQuery(() => putawayView(crossDock), [crossDock]);
