// Server side of pick.return (K11): extra units of an over-pick go back on the shelf they came
// from. The book goes up through the ledger, the line no longer counts them, and this device's
// over-pick for the line shrinks by what was put back; at zero it is resolved as put back.
import type { PickReturnPayload } from '#core/ops/picking-continuity.ts';
import { pickReturnOp } from '#core/ops/picking-continuity.ts';
import type { RaisedException } from '#core/protocol.ts';
import { postMovement } from '../../stock/ledger.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import { emit } from '../../sync/feed.ts';
import { exceptionRow } from '../../sync/rows.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';
import { requirePickLine, requirePickList, savePickLine } from './rows.ts';

async function shrinkOverPick(ctx: OpContext, p: PickReturnPayload): Promise<void> {
  const open = await ctx.trx
    .selectFrom('exceptions')
    .selectAll()
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('kind', '=', 'over-pick')
    .where('ref', '=', p.list)
    .where('device_id', '=', ctx.op.deviceId)
    .where('status', '=', 'open')
    .execute();
  let left = p.qty;
  for (const x of open) {
    if (left <= 0) break;
    const said = JSON.parse(x.said) as { line?: number; location?: string; extra: number };
    if (said.line !== p.line || said.location !== p.location) continue;
    const took = Math.min(left, said.extra);
    left -= took;
    const extra = said.extra - took;
    const done = extra <= 0;
    const row = {
      ...x,
      said: JSON.stringify({ ...said, extra, returned: (said.extra ?? 0) - extra }),
      message: done
        ? `${x.message} — put back by the picker`
        : x.message.replace(/return \d+ to/, `return ${extra} to`),
      status: done ? ('resolved' as const) : x.status,
      resolution: done ? 'put-back' : x.resolution,
      resolved_by: done ? ctx.op.userId : x.resolved_by,
      resolved_at: done ? ctx.now : x.resolved_at,
    };
    await ctx.trx
      .updateTable('exceptions')
      .set({
        said: row.said,
        message: row.message,
        status: row.status,
        resolution: row.resolution,
        resolved_by: row.resolved_by,
        resolved_at: row.resolved_at,
      })
      .where('id', '=', x.id)
      .execute();
    await emit(ctx, 'exception', x.id, exceptionRow(row));
  }
}

export const applyPickReturn: OpHandler<PickReturnPayload> = async (ctx, p) => {
  await requirePickList(ctx, p.list);
  const line = await requirePickLine(ctx, p.list, p.line, p.sku);
  await requireItem(ctx, p.sku);
  await requireLocation(ctx, p.location);
  const [delta] = pickReturnOp.stockDeltas(p);
  await postMovement(ctx, {
    ...delta!,
    id: `${ctx.op.opId}/0`,
    kind: 'pick-return',
    opId: ctx.op.opId,
    deviceId: ctx.op.deviceId,
    userId: ctx.op.userId,
    reason: `put back from pick list ${p.list}`,
    at: ctx.now,
  });
  // The floor is the truth: the units are back on the shelf, whatever the line says.
  const pickedQty = Math.max(0, line.pickedQty - p.qty);
  const status = line.status === 'picked' && pickedQty < line.qty ? 'open' : line.status;
  await savePickLine(ctx, { ...line, pickedQty, status });
  await shrinkOverPick(ctx, p);
  const none: RaisedException[] = [];
  return none;
};
