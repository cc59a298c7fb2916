// Server side of pick.claim, pick.line, pick.short and pick.complete: claims (first applied
// wins), stock out of the pick face through the ledger, the line's progress by the shared fold,
// and exceptions for what disagrees. docs/picking.md has the rules (K1–K7).
import { ErrorCode } from '#core/errors.ts';
import { judgeClaim, mayCloseOut } from '#core/picking/claim.ts';
import { allDone, applyPick, applyShort, overPickBy, pickFaceLow } from '#core/picking/progress.ts';
import {
  pickLineOp,
  type PickClaimPayload,
  type PickCompletePayload,
  type PickLinePayload,
  type PickShortPayload,
} from '#core/ops/picking.ts';
import { hasAnyRole, Role } from '#core/roles.ts';
import type { RaisedException } from '#core/protocol.ts';
import { postMovement } from '../../stock/ledger.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import { checkPickedLot } from './lot-check.ts';
import { raiseBelowZero, raiseOverPick, raiseReplenishment, raiseShortPick } from './exceptions.ts';
import {
  loadPickLines,
  openDemand,
  requirePickLine,
  requirePickList,
  savePickLine,
  savePickList,
} from './rows.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';
import type { PickList } from '#core/picking/entities.ts';
import { needsHandover, openHandovers, raiseHandover } from './handover.ts';

async function userOf(ctx: OpContext, id: string | null) {
  if (!id) return null;
  return (
    (await ctx.trx
      .selectFrom('users')
      .select(['name', 'roles'])
      .where('id', '=', id)
      .executeTakeFirst()) ?? null
  );
}

async function isOffice(ctx: OpContext): Promise<boolean> {
  const me = await userOf(ctx, ctx.op.userId);
  return hasAnyRole(JSON.parse(me?.roles ?? '[]') as string[], [Role.supervisor, Role.admin]);
}

/** Shorts and completes need the list's claim on this device, or an office role (K-rules). */
async function requireClaimOrOffice(ctx: OpContext, list: PickList, what: string): Promise<void> {
  if (mayCloseOut(list, { deviceId: ctx.op.deviceId, office: await isOffice(ctx) })) return;
  const holder = await userOf(ctx, list.claimedBy);
  throw new OpRejection(
    ErrorCode.CONFLICT,
    list.claimedBy
      ? `Pick list ${list.number} is claimed by ${holder?.name ?? list.claimedBy} on another device; only they or a supervisor may ${what}. Hand what you picked for it to them`
      : `Pick list ${list.number} is not claimed on this device; claim it before you ${what}`,
  );
}

export const applyPickClaim: OpHandler<PickClaimPayload> = async (ctx, p) => {
  const list = await requirePickList(ctx, p.list);
  const office = await isOffice(ctx);
  const verdict = judgeClaim(list, {
    userId: ctx.op.userId,
    deviceId: ctx.op.deviceId,
    office,
  });
  if (!verdict.ok) {
    const holder = await userOf(ctx, verdict.why === 'assigned' ? list.assignedTo : list.claimedBy);
    const words = {
      complete: `Pick list ${p.list} is already complete`,
      assigned: `Pick list ${p.list} is assigned to ${holder?.name ?? list.assignedTo}`,
      taken: `Pick list ${p.list} was claimed first by ${holder?.name ?? list.claimedBy} on another device`,
    };
    throw new OpRejection(ErrorCode.CONFLICT, words[verdict.why]);
  }
  if (verdict.already) return [];
  await savePickList(ctx, {
    ...list,
    status: 'claimed',
    claimedBy: ctx.op.userId,
    claimedDevice: ctx.op.deviceId,
    claimedAt: ctx.now,
  });
  return [];
};

/** What the book holds on one pick face, every lot together. */
async function faceQty(ctx: OpContext, location: string, sku: string): Promise<number> {
  const row = await ctx.trx
    .selectFrom('stock')
    .select((eb) => eb.fn.sum<number | string | null>('qty').as('qty'))
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('location', '=', location)
    .where('sku', '=', sku)
    .executeTakeFirst();
  return Number(row?.qty ?? 0);
}

/** Replenishment when what is left on the face no longer covers open picks from it. */
async function checkFace(ctx: OpContext, location: string, sku: string, short: boolean) {
  const book = await faceQty(ctx, location, sku);
  const demand = await openDemand(ctx, location, sku);
  return pickFaceLow(book, demand, short)
    ? raiseReplenishment(ctx, { location, sku }, book, demand)
    : [];
}

export const applyPickLine: OpHandler<PickLinePayload> = async (ctx, p) => {
  const list = await requirePickList(ctx, p.list);
  const line = await requirePickLine(ctx, p.list, p.line, p.sku);
  const item = await requireItem(ctx, p.sku);
  await requireLocation(ctx, p.location);
  // K12: judged against the book before the units leave it.
  const out: RaisedException[] = await checkPickedLot(ctx, p, item, await isOffice(ctx));
  const [delta] = pickLineOp.stockDeltas(p);
  const after = await postMovement(ctx, {
    ...delta!,
    id: `${ctx.op.opId}/0`,
    kind: 'pick',
    opId: ctx.op.opId,
    deviceId: ctx.op.deviceId,
    userId: ctx.op.userId,
    reason: `pick list ${p.list}`,
    at: ctx.now,
  });
  // The floor is the truth: the units left the shelf; extra units go back, a person is told.
  const extra = overPickBy(line, p.qty);
  const facts = { list: p.list, line: p.line, sku: p.sku, location: p.location, qty: p.qty };
  if (extra > 0)
    out.push(await raiseOverPick(ctx, line, { ...facts, lot: p.lot, tote: p.tote }, extra));
  // K13: units that count, picked into the wrong tote: they go to the holder by hand.
  if (p.qty - extra > 0 && needsHandover(list, ctx.op))
    out.push(await raiseHandover(ctx, list, line, p.qty - extra));
  await savePickLine(ctx, applyPick(line, p.qty, p.lot));
  // Raised when the book crosses below zero; the open exception covers later picks from it.
  if (after < 0 && after + p.qty >= 0) out.push(await raiseBelowZero(ctx, facts, after));
  out.push(...(await checkFace(ctx, p.location, p.sku, false)));
  return out;
};

export const applyPickShort: OpHandler<PickShortPayload> = async (ctx, p) => {
  const list = await requirePickList(ctx, p.list);
  const line = await requirePickLine(ctx, p.list, p.line, p.sku);
  await requireClaimOrOffice(ctx, list, 'short its lines');
  // Another device may have finished the line meanwhile: then nothing is missing.
  if (line.status !== 'open') return [];
  const next = applyShort(line, p.reason);
  await savePickLine(ctx, next);
  const book = await faceQty(ctx, line.location, line.sku);
  const out = [await raiseShortPick(ctx, next, p.reason, book)];
  out.push(...(await checkFace(ctx, line.location, line.sku, true)));
  return out;
};

export const applyPickComplete: OpHandler<PickCompletePayload> = async (ctx, p) => {
  const list = await requirePickList(ctx, p.list);
  if (list.status === 'complete') return [];
  await requireClaimOrOffice(ctx, list, 'complete it');
  const lines = await loadPickLines(ctx, p.list);
  if (!allDone(lines)) {
    const open = lines.filter((l) => l.status === 'open').length;
    throw new OpRejection(
      ErrorCode.CONFLICT,
      `Pick list ${p.list} still has ${open} open ${open === 1 ? 'line' : 'lines'}`,
    );
  }
  // K13: units still in another picker's tote: not ready to pack until they are handed over
  // (the handover's confirmation completes the list).
  if ((await openHandovers(ctx, p.list)).length) return [];
  await savePickList(ctx, {
    ...list,
    status: 'complete',
    completedBy: ctx.op.userId,
    completedAt: ctx.now,
  });
  return [];
};
