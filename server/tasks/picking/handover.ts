// Handovers after two devices picked one list (K13): units a device picked for a list another
// device holds, which the lines still needed, count for the list but are in the wrong hands. One
// `handover` exception per list and device says what to give to whom; the list is not complete
// (not ready to pack) until that device confirms the handover with pick.handover.
import { handoverTotals, type HandoverSaid } from '#core/ops/picking-handover.ts';
import type { PickHandoverPayload } from '#core/ops/picking-handover.ts';
import type { PickLine, PickList } from '#core/picking/entities.ts';
import { allDone } from '#core/picking/progress.ts';
import type { RaisedException } from '#core/protocol.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { emit, type FeedWriter } from '../../sync/feed.ts';
import { exceptionRow } from '../../sync/rows.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';
import { loadPickLines, requirePickList, savePickList } from './rows.ts';

const nameOf = async (w: FeedWriter, id: string | null): Promise<string> => {
  if (!id) return '';
  const u = await w.trx.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return u?.name ?? id;
};

const handoverMessage = (s: HandoverSaid) =>
  `Give ${handoverTotals(s.items)
    .map((i) => `${i.qty} × ${i.sku}`)
    .join(', ')} to ${s.toName} at packing (pick list ${s.list}), then scan the list to confirm`;

/** Open handovers on a list (every device), oldest first. */
export async function openHandovers(w: FeedWriter, list: string) {
  return w.trx
    .selectFrom('exceptions')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('kind', '=', 'handover')
    .where('ref', '=', list)
    .where('status', '=', 'open')
    .orderBy('at')
    .execute();
}

/**
 * A pick from a device that does not hold the list, of units the line still needed: they count,
 * and this device must hand them to the holder. Not for the holder's own other phone (K8: the
 * same person carries them).
 */
export const needsHandover = (list: PickList, op: { deviceId: string; userId: string }) =>
  list.claimedDevice !== null && list.claimedDevice !== op.deviceId && list.claimedBy !== op.userId;

export async function raiseHandover(
  ctx: OpContext,
  list: PickList,
  line: PickLine,
  counted: number,
): Promise<RaisedException> {
  const mine = (await openHandovers(ctx, list.number)).find((x) => x.device_id === ctx.op.deviceId);
  const item = { line: line.line, sku: line.sku, location: line.location, qty: counted };
  if (mine) {
    const said = JSON.parse(mine.said) as HandoverSaid;
    const at = said.items.find((i) => i.line === item.line && i.location === item.location);
    const items = at
      ? said.items.map((i) => (i === at ? { ...i, qty: i.qty + counted } : i))
      : [...said.items, item];
    const next = { ...said, items };
    const row = { ...mine, message: handoverMessage(next), said: JSON.stringify(next) };
    await ctx.trx
      .updateTable('exceptions')
      .set({ message: row.message, said: row.said })
      .where('id', '=', mine.id)
      .execute();
    await emit(ctx, 'exception', row.id, exceptionRow(row));
    return { id: row.id, kind: row.kind, message: row.message };
  }
  const said: HandoverSaid = {
    list: list.number,
    to: list.claimedBy ?? '',
    toName: await nameOf(ctx, list.claimedBy),
    fromName: await nameOf(ctx, ctx.op.userId),
    items: [item],
  };
  return raiseException(ctx, {
    kind: 'handover',
    message: handoverMessage(said),
    said: { ...said },
    believed: { holderDevice: list.claimedDevice },
    ref: list.number,
    opId: ctx.op.opId,
    deviceId: ctx.op.deviceId,
    userId: ctx.op.userId,
    at: ctx.now,
  });
}

/**
 * The list is complete only when every line is done and no handover on it is open: a holder's
 * completion that does not match the picks (units still in another picker's tote) waits for the
 * handover, and the confirmation completes it.
 */
export async function completeWhenHandedOver(ctx: OpContext, list: PickList, by: string | null) {
  if (list.status === 'complete') return;
  if ((await openHandovers(ctx, list.number)).length) return;
  if (!allDone(await loadPickLines(ctx, list.number))) return;
  await savePickList(ctx, { ...list, status: 'complete', completedBy: by, completedAt: ctx.now });
}

export const applyPickHandover: OpHandler<PickHandoverPayload> = async (ctx, p) => {
  const list = await requirePickList(ctx, p.list);
  const mine = (await openHandovers(ctx, p.list)).filter((x) => x.device_id === ctx.op.deviceId);
  for (const x of mine) {
    const row = {
      ...x,
      status: 'resolved' as const,
      resolution: 'handed-over',
      resolved_by: ctx.op.userId,
      resolved_at: ctx.now,
      message: `${x.message} — handed over`,
    };
    await ctx.trx
      .updateTable('exceptions')
      .set({
        status: row.status,
        resolution: row.resolution,
        resolved_by: row.resolved_by,
        resolved_at: row.resolved_at,
        message: row.message,
      })
      .where('id', '=', x.id)
      .execute();
    await emit(ctx, 'exception', x.id, exceptionRow(row));
  }
  // The holder finished the lines already: with the goods in their hands the list is packable.
  if (mine.length && list.claimedBy) await completeWhenHandedOver(ctx, list, list.claimedBy);
  return [];
};
