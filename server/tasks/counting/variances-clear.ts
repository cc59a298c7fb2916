// Setting a variance aside because stock moved during the count that made it: a posting within
// tolerance is taken back; one waiting for a recount or a decision stops waiting.
import type { OpContext } from '../../sync/op-handler.ts';
import type { CountVarianceTable } from './schema.ts';
import { loadVariance, postVariance, updateVariance, VarianceStatus } from './variances.ts';

const open: readonly string[] = [
  VarianceStatus.recount,
  VarianceStatus.approval,
  VarianceStatus.posted,
];

/** Returns the variance if it was set aside by this call. */
export async function clearedVariance(
  ctx: OpContext,
  id: string,
  byCountOp: string,
): Promise<CountVarianceTable | null> {
  const v = await loadVariance(ctx, id);
  // Only the count that last judged the variance can be disturbed; decided ones stay decided.
  if (!v || !open.includes(v.status)) return null;
  if ((v.recount_op ?? v.count_op) !== byCountOp) return null;
  if (v.status === VarianceStatus.posted)
    await postVariance(ctx, v, {
      kind: 'count-reversal',
      reason: 'Stock moved during the count: the adjustment is taken back',
      approvedBy: null,
      opId: null,
      deviceId: null,
      userId: null,
      at: ctx.now,
    });
  await updateVariance(ctx, id, { status: VarianceStatus.superseded });
  return v;
}
