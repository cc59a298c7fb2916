// Stock deltas of this device's waiting ops, remembered by opId: ops never change, and a
// screen re-reads them on every change, so a long offline shift (thousands of waiting ops)
// must not re-validate each op every time.
import type { StockDelta } from '#core/ops/effects.ts';
import { pendingStockDeltas, type PendingOp } from '#core/overlay.ts';

const cache = new Map<string, StockDelta[]>();
const LIMIT = 50_000;

export function waitingStockDeltas(ops: readonly (PendingOp & { opId: string })[]): StockDelta[] {
  const out: StockDelta[] = [];
  for (const op of ops) {
    let deltas = cache.get(op.opId);
    if (!deltas) {
      if (cache.size >= LIMIT) cache.clear();
      deltas = pendingStockDeltas([op]);
      cache.set(op.opId, deltas);
    }
    out.push(...deltas);
  }
  return out;
}
