// K12 on the server: a pick of a lot-tracked item is judged against the book at the face before
// the units leave it, by the same rule the device asks with (src/core/picking/lots.ts). The pick
// is applied (the units are in the tote); a lot the face did not hold, or an expired lot taken
// without a supervisor's override, or a lot on hold (Q2), is raised for a supervisor.
import { isoDay } from '#core/goods/shelf-life.ts';
import { judgePickLot } from '#core/picking/lots.ts';
import type { PickLinePayload } from '#core/ops/picking.ts';
import type { RaisedException } from '#core/protocol.ts';
import { raiseException } from '../../exceptions/raise.ts';
import type { OpContext } from '../../sync/op-handler.ts';
import { lotIsHeld } from '../holds/handlers.ts';

interface ItemRow {
  lot_tracked: number;
  min_shelf_days_ship: number;
}

export async function checkPickedLot(
  ctx: OpContext,
  p: PickLinePayload,
  item: ItemRow,
  office: boolean,
): Promise<RaisedException[]> {
  if (!p.lot) return [];
  const held = await lotIsHeld(ctx, p.sku, p.lot);
  if (!Number(item.lot_tracked) && !held) return [];
  const face = (
    await ctx.trx
      .selectFrom('stock')
      .select(['lot', 'expiry', 'qty'])
      .where('warehouse_id', '=', ctx.warehouseId)
      .where('location', '=', p.location)
      .where('sku', '=', p.sku)
      .execute()
  ).map((r) => ({ lot: r.lot, expiry: r.expiry, qty: Number(r.qty) }));
  const rule = { minShelfDaysShip: Number(item.min_shelf_days_ship ?? 0) };
  const verdict = judgePickLot(p.lot, face, rule, isoDay(ctx.now));
  const raise = (kind: string, message: string, believed: Record<string, unknown>) =>
    raiseException(ctx, {
      kind,
      message,
      said: {
        list: p.list,
        line: p.line,
        sku: p.sku,
        location: p.location,
        qty: p.qty,
        lot: p.lot,
        expiry: p.expiry,
        ...(p.lotReason ? { reason: p.lotReason } : {}),
      },
      believed,
      ref: p.location,
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    });
  // Q2: the units of a held lot are in a tote; a supervisor gets them back.
  if (held)
    return [
      await raise(
        'pick.held_lot',
        `Picked ${p.qty} × ${p.sku} of lot ${p.lot}, which is on hold, for ${p.list}`,
        {},
      ),
    ];
  if (verdict.kind === 'not_here')
    return [
      await raise(
        'pick.wrong_lot',
        `Picked ${p.qty} × ${p.sku} lot ${p.lot} from ${p.location} for ${p.list}, ` +
          `but the book holds ${verdict.held.join(', ') || 'no lot'} there`,
        { lots: verdict.held },
      ),
    ];
  if (verdict.kind === 'expired' && !(office && p.lotReason === 'expired_override'))
    return [
      await raise(
        'pick.expired_lot',
        `Picked ${p.qty} × ${p.sku} of lot ${p.lot}, expired on ${verdict.expiry}, for ${p.list}`,
        { expiry: verdict.expiry, daysLeft: verdict.daysLeft },
      ),
    ];
  return [];
}
