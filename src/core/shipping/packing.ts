// Pack rules: what an order's cartons may take. A scan of an item the order did not pick, or of
// more than was picked and not yet packed, is blocked; fewer is allowed and shown as left to pack.
// One carton belongs to one order. docs/shipping.md S3–S5.

/** Units per item: picked for the order, or packed into its cartons. */
export type Units = ReadonlyMap<string, number>;

export interface PackLeft {
  sku: string;
  picked: number;
  packed: number;
  left: number;
}

export type PackVerdict =
  | { ok: true; left: number }
  | { ok: false; why: 'wrong_item' | 'over'; left: number }
  | { ok: false; why: 'other_order' | 'closed'; left: 0 };

export interface CartonState {
  order: string;
  status: 'open' | 'closed';
}

/** Can `qty` of `sku` for `order` go into this carton? */
export function judgePackItem(
  carton: CartonState,
  order: string,
  picked: Units,
  packed: Units,
  sku: string,
  qty: number,
): PackVerdict {
  if (carton.status === 'closed') return { ok: false, why: 'closed', left: 0 };
  if (carton.order !== order) return { ok: false, why: 'other_order', left: 0 };
  const have = picked.get(sku) ?? 0;
  const left = have - (packed.get(sku) ?? 0);
  if (have <= 0) return { ok: false, why: 'wrong_item', left: 0 };
  if (qty > left) return { ok: false, why: 'over', left: Math.max(0, left) };
  return { ok: true, left: left - qty };
}

/** Per item, what the order picked, what its cartons hold and what is left (never below 0). */
export function packLeft(picked: Units, packed: Units): PackLeft[] {
  const skus = [...new Set([...picked.keys(), ...packed.keys()])].sort();
  return skus.map((sku) => {
    const p = picked.get(sku) ?? 0;
    const k = packed.get(sku) ?? 0;
    return { sku, picked: p, packed: k, left: Math.max(0, p - k) };
  });
}

/** Everything picked is in a carton. */
export const fullyPacked = (picked: Units, packed: Units): boolean =>
  packLeft(picked, packed).every((l) => l.left === 0);

/** Sums (sku, qty) pairs into units per item. */
export function unitsOf(rows: Iterable<{ sku: string; qty: number }>): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.sku, (out.get(r.sku) ?? 0) + r.qty);
  return out;
}

/** Package types the pack station offers (a short list: people pick, they do not type). */
export const packageTypes = ['box-s', 'box-m', 'box-l', 'bag', 'pallet'] as const;
export type PackageType = (typeof packageTypes)[number];
