// Weight check at carton close: the typed gross weight against the items' unit weights plus the
// package's own weight; beyond the tolerance is raised (the carton still closes: the floor is the
// truth). docs/shipping.md S6.
import type { PackageType } from './packing.ts';

/** Empty package weights in grams. */
export const tareGrams: Record<PackageType, number> = {
  'box-s': 150,
  'box-m': 300,
  'box-l': 600,
  bag: 20,
  pallet: 20_000,
};

export interface WeightTolerance {
  /** Percent of the expected weight. */
  pct: number;
  /** A floor in grams, so a light carton is not flagged for a scale's rounding. */
  minGrams: number;
}

/** Expected gross grams, or null when an item in the carton has no known unit weight. */
export function expectedGrams(
  contents: Iterable<{ sku: string; qty: number }>,
  unitGrams: ReadonlyMap<string, number>,
  packageType: PackageType,
): number | null {
  let sum = tareGrams[packageType];
  for (const c of contents) {
    const g = unitGrams.get(c.sku);
    if (g === undefined) return null;
    sum += g * c.qty;
  }
  return sum;
}

export type WeightVerdict =
  | { judged: false }
  | { judged: true; within: boolean; expected: number; diff: number; allowed: number };

export function judgeWeight(
  typed: number | null,
  expected: number | null,
  t: WeightTolerance,
): WeightVerdict {
  if (typed === null || expected === null) return { judged: false };
  const allowed = Math.max(t.minGrams, Math.round((expected * t.pct) / 100));
  const diff = typed - expected;
  return { judged: true, within: Math.abs(diff) <= allowed, expected, diff, allowed };
}
