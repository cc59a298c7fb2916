// Judging one count observation on the server (rules C2–C5 in docs/counting.md): moved during
// the count → flag and recount; equal → nothing; within tolerance → post; above → recount by a
// different counter; above on a recount → a supervisor decides (a count-variance exception).
import type { Tolerance } from '#core/counting/entities.ts';
import {
  adHocTolerance,
  compareCount,
  decideCount,
  movedDuringCount,
  withinTolerance,
  type Bucket,
  type CountOutcome,
  type VarianceLine,
} from '#core/counting/rules.ts';
import type { CountLocationPayload } from '#core/ops/counting.ts';
import type { RaisedException } from '#core/protocol.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { clearRecountFlags, flagForRecount } from '../../stock/recount-flags.ts';
import type { OpContext } from '../../sync/op-handler.ts';
import type { CountTaskTable, CountVarianceTable } from './schema.ts';
import { requestRecount } from './tasks.ts';
import { newVariance, postVariance, updateVariance, VarianceStatus } from './variances.ts';

export interface CountJudgement {
  outcome: CountOutcome;
  lines: VarianceLine[];
  /** The variance this count started or moved on, if any. */
  varianceId: string | null;
  exceptions: RaisedException[];
}

async function bookAt(ctx: OpContext, location: string): Promise<Bucket[]> {
  const rows = await ctx.trx
    .selectFrom('stock')
    .select(['sku', 'lot', 'expiry', 'qty'])
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('location', '=', location)
    .where('qty', '!=', 0)
    .execute();
  return rows.map((r) => ({ ...r, qty: Number(r.qty) }));
}

async function movedSince(ctx: OpContext, location: string): Promise<boolean> {
  const rows = await ctx.trx
    .selectFrom('movements')
    .select(['version', 'device_id'])
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('location', '=', location)
    .where('version', '>', ctx.op.baseVersion)
    .execute();
  const seen = rows.map((r) => ({ version: Number(r.version), deviceId: r.device_id }));
  return movedDuringCount(seen, ctx.op.baseVersion, ctx.op.deviceId);
}

async function unitValues(ctx: OpContext, skus: string[]): Promise<Map<string, number>> {
  if (!skus.length) return new Map();
  const rows = await ctx.trx
    .selectFrom('items')
    .select(['sku', 'unit_value'])
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('sku', 'in', skus)
    .execute();
  return new Map(rows.map((r) => [r.sku, Number(r.unit_value)]));
}

const toleranceOf = (task: CountTaskTable | undefined): Tolerance =>
  task
    ? { kind: task.tolerance_kind as Tolerance['kind'], value: Number(task.tolerance_value) }
    : adHocTolerance;

export async function judgeCount(
  ctx: OpContext,
  p: CountLocationPayload,
  task: CountTaskTable | undefined,
  checked: CountVarianceTable | undefined,
): Promise<CountJudgement> {
  const { op, now } = ctx;
  const moved = await movedSince(ctx, p.location);
  const lines = compareCount(await bookAt(ctx, p.location), p.lines);
  const tolerance = toleranceOf(task);
  const values = await unitValues(ctx, [...new Set(lines.map((l) => l.sku))]);
  const within = withinTolerance(lines, tolerance, (sku) => values.get(sku) ?? 0);
  // A recount only checks a variance that still waits for it; otherwise it is a plain count.
  const isRecount = checked?.status === VarianceStatus.recount;
  const outcome = decideCount({ moved, lines, within, isRecount });
  const recountSet = isRecount
    ? { lines: JSON.stringify(lines), recount_by: op.userId, recount_at: now, recount_op: op.opId }
    : null;
  const judged = (varianceId: string | null, exceptions: RaisedException[] = []) => ({
    outcome,
    lines,
    varianceId,
    exceptions,
  });

  if (outcome === 'moved') {
    await flagForRecount(ctx, {
      location: p.location,
      reason: 'count-moved',
      ref: p.task,
      by: op.userId,
      at: now,
    });
    const notBy = isRecount ? [checked.counted_by] : [];
    await requestRecount(ctx, {
      location: p.location,
      recountOf: isRecount ? checked.id : null,
      notBy,
      tolerance,
      note: 'stock moved during the count',
      by: null,
      at: now,
    });
    return judged(isRecount ? checked.id : null);
  }

  // Counted now: whatever asked for a recount of this location is answered.
  await clearRecountFlags(ctx, p.location, op.userId, now);
  if (outcome === 'match') {
    if (!isRecount) return judged(null);
    await updateVariance(ctx, checked.id, { ...recountSet!, status: VarianceStatus.resolved });
    return judged(checked.id);
  }
  if (outcome === 'post') {
    const v = isRecount
      ? { ...checked, lines: JSON.stringify(lines) }
      : await newVariance(ctx, {
          task: p.task,
          location: p.location,
          status: VarianceStatus.posted,
          lines,
          by: op.userId,
          at: now,
          opId: op.opId,
        });
    if (isRecount)
      await updateVariance(ctx, v.id, { ...recountSet!, status: VarianceStatus.posted });
    await postVariance(ctx, v, {
      kind: 'count',
      reason: `Count of ${p.location}${p.task ? ` (${p.task})` : ''}: within tolerance`,
      approvedBy: null,
      opId: op.opId,
      deviceId: op.deviceId,
      userId: op.userId,
      at: now,
    });
    return judged(v.id);
  }
  if (outcome === 'recount') {
    const v = await newVariance(ctx, {
      task: p.task,
      location: p.location,
      status: VarianceStatus.recount,
      lines,
      by: op.userId,
      at: now,
      opId: op.opId,
    });
    await requestRecount(ctx, {
      location: p.location,
      recountOf: v.id,
      notBy: [op.userId],
      tolerance,
      note: 'variance above tolerance',
      by: null,
      at: now,
    });
    return judged(v.id);
  }
  // approval: the recount confirmed a variance above tolerance.
  const x = await raiseException(ctx, {
    kind: 'count-variance',
    message: `Recount of ${p.location} confirms a difference: ${lines
      .map((l) => `${l.sku} ${l.delta > 0 ? '+' : ''}${l.delta}`)
      .join(', ')}`,
    said: { location: p.location, lines: lines.map((l) => ({ ...l })) },
    believed: { book: lines.map((l) => ({ sku: l.sku, lot: l.lot, qty: l.book })) },
    ref: checked!.id,
    opId: op.opId,
    deviceId: op.deviceId,
    userId: op.userId,
    at: now,
  });
  await updateVariance(ctx, checked!.id, {
    ...recountSet!,
    status: VarianceStatus.approval,
    exception_id: x.id,
  });
  return judged(checked!.id, [x]);
}
