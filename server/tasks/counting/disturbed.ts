// The other half of the moved-during-count rule (C4): a stock movement from a device that had
// not seen a count of that location (its baseVersion is older than the count) may have happened
// before or after the counter looked, so that count proves nothing. Its variance is set aside
// (a posting is taken back), the location is flagged and a recount is requested.
import type { StockDelta } from '#core/ops/effects.ts';
import { resolveException } from './exceptions.ts';
import { clearedVariance } from './variances-clear.ts';
import { flagForRecount } from '../../stock/recount-flags.ts';
import type { OpContext } from '../../sync/op-handler.ts';
import { requestRecount } from './tasks.ts';

/** The newest count version in the warehouse, once per push batch (the batch holds the lock). */
async function latestCount(ctx: OpContext): Promise<number> {
  const memo = ctx.memo.get('count:latest');
  if (typeof memo === 'number') return memo;
  const row = await ctx.trx
    .selectFrom('count_observations')
    .select((eb) => eb.fn.max<number | null>('version').as('v'))
    .where('warehouse_id', '=', ctx.warehouseId)
    .executeTakeFirst();
  const v = Number(row?.v ?? 0);
  ctx.memo.set('count:latest', v);
  return v;
}

export async function noticeMovesAfterCounts(
  ctx: OpContext,
  deltas: readonly StockDelta[],
): Promise<void> {
  if (!deltas.length || (await latestCount(ctx)) <= ctx.op.baseVersion) return;
  for (const location of new Set(deltas.map((d) => d.location))) {
    const counts = await ctx.trx
      .selectFrom('count_observations')
      .selectAll()
      .where('warehouse_id', '=', ctx.warehouseId)
      .where('location', '=', location)
      .where('version', '>', ctx.op.baseVersion)
      .where('device_id', '!=', ctx.op.deviceId)
      .where('disturbed', '=', 0)
      .execute();
    if (!counts.length) continue;
    for (const c of counts) {
      await ctx.trx
        .updateTable('count_observations')
        .set({ disturbed: 1 })
        .where('op_id', '=', c.op_id)
        .execute();
      if (c.variance_id) {
        const cleared = await clearedVariance(ctx, c.variance_id, c.op_id);
        if (cleared?.exception_id)
          await resolveException(ctx, cleared.exception_id, {
            by: null,
            resolution: 'superseded',
            note: 'Stock moved during the count; a recount is requested',
          });
      }
    }
    await flagForRecount(ctx, {
      location,
      reason: 'count-moved',
      ref: counts[0]!.task,
      by: ctx.op.userId,
      at: ctx.now,
    });
    await requestRecount(ctx, {
      location,
      recountOf: null,
      notBy: [],
      tolerance: null,
      note: 'stock moved during the count',
      by: null,
      at: ctx.now,
    });
  }
}
