// What the pack station reads, offline: which order a scanned tote or pick list names, the
// order's picked units, and its cartons with this device's waiting pack ops replayed (P15).
import { useLiveQuery } from 'dexie-react-hooks';
import { overlayCartons } from '#core/shipping/overlay.ts';
import { unitsOf } from '#core/shipping/packing.ts';
import { overlayPickLines } from '#core/picking/overlay.ts';
import type { Carton, ShipOrder } from '#core/shipping/entities.ts';
import { db } from '../../db/database.ts';
import { getDevice, getSession } from '../../db/meta.ts';
import { overlayOps } from '../stock-hooks.ts';

export type Source =
  | { kind: 'order'; list: string; order: string }
  | { kind: 'choose'; list: string; orders: string[] }
  | null;

/** A tote names its order; a pick list its order, or its orders to choose from. */
export async function sourceOf(text: string, listNumber: string | null): Promise<Source> {
  const list = listNumber ? await db.pickLists.get(listNumber) : undefined;
  if (list) {
    const orders = list.orders.map((o) => o.order);
    return orders.length === 1
      ? { kind: 'order', list: list.number, order: orders[0]! }
      : { kind: 'choose', list: list.number, orders };
  }
  for (const l of await db.pickLists.toArray()) {
    const o = l.orders.find((x) => x.tote === text);
    if (o) return { kind: 'order', list: l.number, order: o.order };
  }
  return null;
}

export interface PackView {
  order: ShipOrder | null;
  picked: Map<string, number>;
  cartons: Carton[];
}

export async function packView(list: string, order: string): Promise<PackView> {
  const [ship, lines, base, ops, device, session] = await Promise.all([
    db.shipOrders.get(order),
    db.pickLines.where('list').equals(list).toArray(),
    db.cartons.where('order').equals(order).toArray(),
    overlayOps(),
    getDevice(),
    getSession(),
  ]);
  const me = { deviceId: device.deviceId, userId: session?.user.id ?? '' };
  const cartons = overlayCartons(base, ops, me)
    .filter((c) => c.order === order)
    .sort((a, b) => a.cartonNo - b.cartonNo);
  // This phone may have picked the order itself, offline: its waiting picks count too.
  const picked = unitsOf(
    overlayPickLines(lines, ops, list)
      .filter((l) => l.order === order)
      .map((l) => ({ sku: l.sku, qty: l.pickedQty })),
  );
  return { order: ship ?? null, picked, cartons };
}

export const usePackView = (list: string | null, order: string | null) =>
  useLiveQuery(
    () => (list && order ? packView(list, order) : Promise.resolve(null)),
    [list, order],
  );
