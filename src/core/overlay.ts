// What the device shows = base rows + its waiting ops replayed by the same rule code the server
// runs (src/core/ops). This module folds pending ops into base stock rows.
import { stockKey, type Stock } from './entities.ts';
import type { StockDelta } from './ops/effects.ts';
import { findOp } from './ops/registry.ts';

export interface PendingOp {
  type: string;
  v: number;
  payload: unknown;
}

/** Stock deltas of the given ops; ops whose payload no longer parses contribute nothing. */
export function pendingStockDeltas(ops: readonly PendingOp[]): StockDelta[] {
  const out: StockDelta[] = [];
  for (const op of ops) {
    const found = findOp(op.type, op.v);
    if (!found.ok) continue;
    const parsed = found.def.payload.safeParse(op.payload);
    if (parsed.success) out.push(...found.def.stockDeltas(parsed.data));
  }
  return out;
}

/**
 * Base stock rows with deltas applied. `keep` selects the buckets of interest (a location, an
 * item); buckets that only exist through pending ops appear too. Empty buckets are dropped.
 */
export function overlayStock(
  base: readonly Stock[],
  deltas: readonly StockDelta[],
  keep: (d: StockDelta) => boolean,
): Stock[] {
  const rows = new Map(base.map((s) => [s.key, { ...s }]));
  for (const d of deltas) {
    if (!keep(d)) continue;
    const key = stockKey(d.location, d.sku, d.lot, d.expiry);
    const row = rows.get(key);
    if (row) row.qty += d.delta;
    else
      rows.set(key, {
        key,
        location: d.location,
        sku: d.sku,
        lot: d.lot,
        expiry: d.expiry,
        qty: d.delta,
      });
  }
  return [...rows.values()].filter((s) => s.qty !== 0);
}
