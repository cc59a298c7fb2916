// A per-op sanity bound on quantities (finding M4): one scan moves, receives or picks at most
// what a few pallets of that item could hold, so a forged op cannot put billions of units on
// the books. The bound follows the item's largest pack (ten of them), and never falls below
// MIN_UNITS_PER_OP, so loose items with no pack barcode still move in real amounts.
import { ErrorCode } from '#core/errors.ts';
import type { StockDelta } from '#core/ops/effects.ts';
import type { OpContext } from './op-handler.ts';
import { OpRejection } from './rejection.ts';

export const MIN_UNITS_PER_OP = 10_000;
const PACKS_PER_OP = 10;

export async function unitsPerOpBound(ctx: OpContext, sku: string): Promise<number> {
  const key = `units-bound:${sku}`;
  if (ctx.memo.has(key)) return ctx.memo.get(key) as number;
  const row = await ctx.trx
    .selectFrom('item_barcodes')
    .select((eb) => eb.fn.max('pack_qty').as('pack'))
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('sku', '=', sku)
    .executeTakeFirst();
  const bound = Math.max(MIN_UNITS_PER_OP, PACKS_PER_OP * Number(row?.pack ?? 0));
  ctx.memo.set(key, bound);
  return bound;
}

export async function refuseAbsurdQuantities(
  ctx: OpContext,
  deltas: readonly StockDelta[],
): Promise<void> {
  for (const d of deltas) {
    const bound = await unitsPerOpBound(ctx, d.sku);
    if (Math.abs(d.delta) > bound) {
      throw new OpRejection(
        ErrorCode.INVALID_QUANTITY,
        `${Math.abs(d.delta)} of ${d.sku} in one op is more than ${bound}; record it in smaller parts`,
      );
    }
  }
}
