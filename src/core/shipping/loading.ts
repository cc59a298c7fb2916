// Loading by route: the truck is loaded in reverse stop order (the last stop goes in first, so
// it comes out last); a carton for another vehicle is blocked, one out of order is confirmed and
// recorded, and what is not loaded yet is listed. docs/shipping.md S7–S9.

export interface LoadCarton {
  sscc: string;
  route: string | null;
  stop: number | null;
}

/** Cartons in loading order: highest stop first; cartons without a stop last. */
export function loadingOrder<T extends LoadCarton>(cartons: readonly T[]): T[] {
  return [...cartons].sort(
    (a, b) => (b.stop ?? -1) - (a.stop ?? -1) || a.sscc.localeCompare(b.sscc),
  );
}

/** Stops in loading order (reverse delivery order). */
export const loadingStops = (stops: readonly number[]): number[] =>
  [...new Set(stops)].sort((a, b) => b - a);

export type LoadVerdict =
  | { ok: true; already: boolean }
  | { ok: false; why: 'unknown' }
  | { ok: false; why: 'wrong_vehicle'; route: string | null }
  /** Cartons of later stops are still on the dock: loading this one now buries them. */
  | { ok: false; why: 'out_of_order'; waiting: number[] };

export function judgeLoad(
  route: string,
  carton: LoadCarton | undefined,
  loaded: ReadonlySet<string>,
  cartonsOfRoute: readonly LoadCarton[],
): LoadVerdict {
  if (!carton) return { ok: false, why: 'unknown' };
  if (carton.route !== route) return { ok: false, why: 'wrong_vehicle', route: carton.route };
  if (loaded.has(carton.sscc)) return { ok: true, already: true };
  const waiting = loadingStops(
    cartonsOfRoute
      .filter((c) => !loaded.has(c.sscc) && c.sscc !== carton.sscc)
      .filter((c) => (c.stop ?? -1) > (carton.stop ?? -1))
      .map((c) => c.stop ?? -1),
  );
  if (waiting.length > 0) return { ok: false, why: 'out_of_order', waiting };
  return { ok: true, already: false };
}

/** Cartons of the route not loaded yet, in loading order. */
export const missingCartons = <T extends LoadCarton>(
  cartonsOfRoute: readonly T[],
  loaded: ReadonlySet<string>,
): T[] => loadingOrder(cartonsOfRoute.filter((c) => !loaded.has(c.sscc)));
