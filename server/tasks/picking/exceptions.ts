// Exceptions picking raises (the floor is the truth: the op is applied, a supervisor is told):
// over-pick (return the extra units), short-pick (with a recount flag on the location),
// replenishment (a pick face running low, once while one is open) and stock below zero.
import type { RaisedException } from '#core/protocol.ts';
import type { PickLine } from '#core/picking/entities.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { flagForRecount } from '../../stock/recount-flags.ts';
import { emit } from '../../sync/feed.ts';
import { exceptionRow } from '../../sync/rows.ts';
import type { OpContext } from '../../sync/op-handler.ts';

const who = (ctx: OpContext) => ({
  opId: ctx.op.opId,
  deviceId: ctx.op.deviceId,
  userId: ctx.op.userId,
  at: ctx.now,
});

const overPickMessage = (line: PickLine, location: string, extra: number) =>
  `Line ${line.line} of pick list ${line.list} (${line.sku}) was picked twice: ` +
  `return ${extra} to ${location}`;

/**
 * One over-pick per line and device while it is open: a picker scanning unit by unit onto a
 * line someone else already picked grows the one exception ("return 2"), not one per scan.
 */
export async function raiseOverPick(
  ctx: OpContext,
  line: PickLine,
  p: { qty: number; location: string; lot: string; tote: string | null },
  extra: number,
): Promise<RaisedException> {
  const open = await ctx.trx
    .selectFrom('exceptions')
    .selectAll()
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('kind', '=', 'over-pick')
    .where('ref', '=', line.list)
    .where('device_id', '=', ctx.op.deviceId)
    .where('status', '=', 'open')
    .execute();
  const same = open.find((x) => {
    const said = JSON.parse(x.said) as { line?: number; location?: string };
    return said.line === line.line && said.location === p.location;
  });
  if (same) {
    const said = JSON.parse(same.said) as { extra: number; qty: number };
    const total = said.extra + extra;
    const row = {
      ...same,
      message: overPickMessage(line, p.location, total),
      said: JSON.stringify({ ...said, qty: said.qty + p.qty, extra: total }),
    };
    await ctx.trx
      .updateTable('exceptions')
      .set({ message: row.message, said: row.said })
      .where('id', '=', same.id)
      .execute();
    await emit(ctx, 'exception', row.id, exceptionRow(row));
    return { id: row.id, kind: row.kind, message: row.message };
  }
  return raiseException(ctx, {
    kind: 'over-pick',
    message: overPickMessage(line, p.location, extra),
    said: { list: line.list, line: line.line, sku: line.sku, ...p, extra },
    believed: { needed: line.qty, pickedBefore: line.pickedQty, status: line.status },
    ref: line.list,
    ...who(ctx),
  });
}

export async function raiseShortPick(
  ctx: OpContext,
  line: PickLine,
  reason: string,
  book: number,
): Promise<RaisedException> {
  const short = line.qty - line.pickedQty;
  await flagForRecount(ctx, {
    location: line.location,
    reason: 'short-pick',
    ref: line.list,
    by: ctx.op.userId,
    at: ctx.now,
  });
  return raiseException(ctx, {
    kind: 'short-pick',
    message:
      `Short pick on list ${line.list} line ${line.line}: found ${line.pickedQty} of ` +
      `${line.qty} ${line.sku} at ${line.location} (${reason}); ${line.location} is flagged for a recount`,
    said: {
      list: line.list,
      line: line.line,
      order: line.order,
      sku: line.sku,
      location: line.location,
      needed: line.qty,
      found: line.pickedQty,
      short,
      reason,
    },
    believed: { book },
    ref: line.list,
    ...who(ctx),
  });
}

/** Raised once per pick face while a replenishment for it is still open. */
export async function raiseReplenishment(
  ctx: OpContext,
  face: { location: string; sku: string },
  book: number,
  demand: number,
): Promise<RaisedException[]> {
  const ref = `${face.location}|${face.sku}`;
  const open = await ctx.trx
    .selectFrom('exceptions')
    .select('id')
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('kind', '=', 'replenishment')
    .where('ref', '=', ref)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) return [];
  return [
    await raiseException(ctx, {
      kind: 'replenishment',
      message: `Pick face ${face.location} runs low on ${face.sku}: the book has ${book}, open picks need ${demand}; refill it from reserve`,
      said: { location: face.location, sku: face.sku },
      believed: { book, openDemand: demand },
      ref,
      ...who(ctx),
    }),
  ];
}

/** A pick took the book below zero: applied, a person is told, the location is recounted. */
export async function raiseBelowZero(
  ctx: OpContext,
  p: { list: string; line: number; sku: string; location: string; qty: number },
  book: number,
): Promise<RaisedException> {
  await flagForRecount(ctx, {
    location: p.location,
    reason: 'negative-stock',
    ref: p.list,
    by: ctx.op.userId,
    at: ctx.now,
  });
  return raiseException(ctx, {
    kind: 'pick.over_book',
    message: `Picked ${p.qty} of ${p.sku} from ${p.location} for list ${p.list}, but the book had ${book + p.qty} there`,
    said: p,
    believed: { book: book + p.qty },
    ref: p.location,
    ...who(ctx),
  });
}
