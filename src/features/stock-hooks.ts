// Live stock for screens: base rows with this device's waiting ops replayed on top (P15).
import { useLiveQuery } from 'dexie-react-hooks';
import { overlayStock } from '#core/overlay.ts';
import { waitingStockDeltas } from '../sync/op-deltas.ts';
import type { Stock } from '#core/entities.ts';
import { db } from '../db/database.ts';
import type { OutboxOp } from '../db/outbox-types.ts';

/** Ops whose effects base does not show yet. */
export const overlayOps = (): Promise<OutboxOp[]> =>
  db.outbox.where('status').anyOf('pending', 'acked').toArray();

export async function locationStock(code: string): Promise<Stock[]> {
  const [base, ops] = await Promise.all([
    db.stock.where('location').equals(code).toArray(),
    overlayOps(),
  ]);
  return overlayStock(base, waitingStockDeltas(ops), (d) => d.location === code);
}

export async function itemStock(sku: string): Promise<Stock[]> {
  const [base, ops] = await Promise.all([
    db.stock.where('sku').equals(sku).toArray(),
    overlayOps(),
  ]);
  return overlayStock(base, waitingStockDeltas(ops), (d) => d.sku === sku);
}

export function useLocationStock(code: string | null): Stock[] | undefined {
  return useLiveQuery(() => (code ? locationStock(code) : Promise.resolve([])), [code]);
}

export function useItemStock(sku: string | null): Stock[] | undefined {
  return useLiveQuery(() => (sku ? itemStock(sku) : Promise.resolve([])), [sku]);
}

/** Keys (`SKU|LOT`) of the lots on hold (Q2), as synced. */
export const heldLots = async (): Promise<Set<string>> =>
  new Set(await db.lotHolds.toCollection().primaryKeys());

const NO_HOLDS: ReadonlySet<string> = new Set();
export function useHeldLots(): ReadonlySet<string> {
  return useLiveQuery(heldLots, []) ?? NO_HOLDS;
}
