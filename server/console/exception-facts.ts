// What an exception is about, read from its facts the way a supervisor asks: which item, where,
// how many units and what they are worth (the item master's unit value × units).
import type { ExceptionTable } from '../store/schema.ts';

type Said = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export interface Facts {
  sku: string | null;
  location: string | null;
  /** Units per item, for the value. */
  units: { sku: string; n: number }[];
}

export function factsOf(x: Pick<ExceptionTable, 'kind' | 'said' | 'believed'>): Facts {
  const said = JSON.parse(x.said) as Said;
  const believed = JSON.parse(x.believed) as Said;
  const sku = str(said['sku']);
  const location = str(said['location']) ?? str(said['from']);
  const one = (n: number) => (sku && n ? [{ sku, n: Math.abs(n) }] : []);
  switch (x.kind) {
    case 'over-pick':
      return { sku, location, units: one(num(said['extra'])) };
    case 'short-pick':
      return { sku, location, units: one(num(said['short'])) };
    case 'replenishment':
      return { sku, location, units: [] };
    case 'count-variance': {
      const lines = Array.isArray(said['lines']) ? (said['lines'] as Said[]) : [];
      const units = lines
        .filter((l) => num(l['delta']))
        .map((l) => ({ sku: str(l['sku']) ?? '', n: Math.abs(num(l['delta'])) }));
      return { sku: units[0]?.sku ?? null, location, units };
    }
    case 'receive.short': {
      const short = Array.isArray(believed['short']) ? (believed['short'] as Said[]) : [];
      const units = short.map((l) => ({
        sku: str(l['sku']) ?? '',
        n: num(l['expected']) - num(l['received']),
      }));
      return { sku: units[0]?.sku ?? null, location: null, units };
    }
    case 'receive.over':
      return {
        sku,
        location,
        units: one(
          Math.min(num(said['qty']), num(believed['received']) - num(believed['expected'])),
        ),
      };
  }
  return { sku, location, units: one(num(said['qty'])) };
}
