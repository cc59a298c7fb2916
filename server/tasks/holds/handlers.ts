// Server side of lot.hold and lot.unhold (rule Q2): a supervisor holds one lot of an item
// wherever its stock is, or lifts the hold, with a reason; the op log is the audit (who, when,
// why). The hold syncs to every device of the warehouse as a `lotHold` row.
import { ErrorCode } from '#core/errors.ts';
import {
  heldLotMayGoTo,
  lotHoldKey,
  type LotHold,
  type LotHoldPayload,
} from '#core/goods/lot-holds.ts';
import { emit, type FeedWriter } from '../../sync/feed.ts';
import { requireItem } from '../../sync/lookups.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';

/** Holds the lot (again: the newest reason and holder win) and publishes it. */
export async function holdLot(
  w: FeedWriter,
  p: LotHoldPayload,
  by: string | null,
  at: number,
): Promise<void> {
  await w.trx
    .insertInto('lot_holds')
    .values({
      warehouse_id: w.warehouseId,
      sku: p.sku,
      lot: p.lot,
      reason: p.reason,
      held_by: by,
      held_at: at,
    })
    .onConflict((oc) =>
      oc
        .columns(['warehouse_id', 'sku', 'lot'])
        .doUpdateSet({ reason: p.reason, held_by: by, held_at: at }),
    )
    .execute();
  const key = lotHoldKey(p.sku, p.lot);
  const row: LotHold = { key, sku: p.sku, lot: p.lot, reason: p.reason, heldBy: by, heldAt: at };
  await emit(w, 'lotHold', key, row);
}

/** Lifts the hold; true when there was one. */
export async function unholdLot(w: FeedWriter, p: Pick<LotHoldPayload, 'sku' | 'lot'>) {
  const gone = await w.trx
    .deleteFrom('lot_holds')
    .where('warehouse_id', '=', w.warehouseId)
    .where('sku', '=', p.sku)
    .where('lot', '=', p.lot)
    .executeTakeFirst();
  const lifted = Number(gone.numDeletedRows) > 0;
  if (lifted) await emit(w, 'lotHold', lotHoldKey(p.sku, p.lot), null);
  return lifted;
}

export const applyLotHold: OpHandler<LotHoldPayload> = async (ctx, p) => {
  await requireItem(ctx, p.sku);
  await holdLot(ctx, p, ctx.op.userId, ctx.now);
  return [];
};

export const applyLotUnhold: OpHandler<LotHoldPayload> = async (ctx, p) => {
  await unholdLot(ctx, p);
  return [];
};

/** True when this lot of this item is held in the op's warehouse. */
export async function lotIsHeld(ctx: OpContext, sku: string, lot: string): Promise<boolean> {
  if (!lot) return false;
  const row = await ctx.trx
    .selectFrom('lot_holds')
    .select('sku')
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('sku', '=', sku)
    .where('lot', '=', lot)
    .executeTakeFirst();
  return !!row;
}

/** Q2: a held lot goes into quarantine or stays where it is. */
export async function refuseHeldLotMove(
  ctx: OpContext,
  p: { sku: string; lot: string; to: string },
  to: { kind: string },
): Promise<void> {
  if (heldLotMayGoTo(to) || !(await lotIsHeld(ctx, p.sku, p.lot))) return;
  throw new OpRejection(
    ErrorCode.LOT_HELD,
    `Lot ${p.lot} of ${p.sku} is on hold: it may go to quarantine only, not to ${p.to}`,
  );
}
