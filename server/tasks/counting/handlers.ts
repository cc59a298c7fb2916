// Server side of count.location: checks the task and the counter, judges the count against the
// book as the device knew it, records the observation and marks the task's location.
import { mayCount } from '#core/counting/rules.ts';
import { ErrorCode } from '#core/errors.ts';
import type { CountLocationPayload } from '#core/ops/counting.ts';
import { judgeCount } from './evaluate.ts';
import { countTaskRow, loadTask, markLocation } from './rows.ts';
import { loadVariance } from './variances.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import type { OpHandler } from '../../sync/op-handler.ts';

export const applyCountLocation: OpHandler<CountLocationPayload> = async (ctx, p) => {
  await requireLocation(ctx, p.location);
  for (const l of p.lines) await requireItem(ctx, l.sku);
  const task = p.task === null ? undefined : await loadTask(ctx, p.task);
  if (p.task !== null && !task)
    throw new OpRejection(ErrorCode.UNKNOWN_DOCUMENT, `No count task ${p.task}`);
  if (task && !mayCount(countTaskRow(task), ctx.op.userId))
    throw new OpRejection(
      ErrorCode.ROLE_NOT_ALLOWED,
      `A recount of ${p.location} must be done by a different counter`,
    );
  const checked = task?.recount_of ? await loadVariance(ctx, task.recount_of) : undefined;
  const judged = await judgeCount(ctx, p, task, checked);
  await ctx.trx
    .insertInto('count_observations')
    .values({
      op_id: ctx.op.opId,
      warehouse_id: ctx.warehouseId,
      task: p.task,
      location: p.location,
      device_id: ctx.op.deviceId,
      user_id: ctx.op.userId,
      base_version: ctx.op.baseVersion,
      version: ctx.version,
      at: ctx.now,
      lines: JSON.stringify(p.lines),
      empty: p.empty ? 1 : 0,
      outcome: judged.outcome,
      variance_id: judged.varianceId,
      disturbed: 0,
    })
    .execute();
  // A later move by a device that had not seen this count must find it (disturbed.ts).
  ctx.memo.delete('count:latest');
  if (task)
    await markLocation(
      ctx,
      task.id,
      p.location,
      judged.outcome === 'moved' ? 'moved' : 'counted',
      ctx.op.userId,
      ctx.now,
    );
  return judged.exceptions;
};
