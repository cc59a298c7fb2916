// The picker's route: lines in the walking sequence of their locations, so one walk passes every
// location once, never back and forth. Lines at one location stay together (by item, then order).
import type { PickLine } from './entities.ts';

export type WalkSeqOf = (location: string) => number | undefined;

export function routeOrder<L extends Pick<PickLine, 'location' | 'sku' | 'order' | 'line'>>(
  lines: readonly L[],
  walkSeq: WalkSeqOf,
): L[] {
  // A location the device does not know (yet) goes last rather than breaking the route.
  const seq = (l: L) => walkSeq(l.location) ?? Number.MAX_SAFE_INTEGER;
  return [...lines].sort(
    (a, b) =>
      seq(a) - seq(b) ||
      a.location.localeCompare(b.location) ||
      a.sku.localeCompare(b.sku) ||
      a.order.localeCompare(b.order) ||
      a.line - b.line,
  );
}
