// Server side of pack.close: the carton is sealed with the SSCC the device took from its own
// serial range (S11) and an optional weight checked against the tolerance (S6). A duplicate SSCC
// or one from another device's range is a physical label: applied and raised. A serial above the
// allocator (a range handed out before a restore) lifts it (S2).
import { ErrorCode } from '#core/errors.ts';
import type { PackClosePayload } from '#core/ops/shipping.ts';
import type { RaisedException } from '#core/protocol.ts';
import { serialOf } from '#core/shipping/sscc.ts';
import { expectedGrams, judgeWeight } from '#core/shipping/weight.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';
import { loadSettings, requireCarton, saveCarton, scopeOf } from './rows.ts';
import { raiseShipping } from './raise.ts';
import { liftAllocator } from './ranges.ts';

async function unitGrams(ctx: OpContext, skus: string[]): Promise<Map<string, number>> {
  if (!skus.length) return new Map();
  const rows = await ctx.trx
    .selectFrom('item_weights')
    .select(['sku', 'grams'])
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('sku', 'in', skus)
    .execute();
  return new Map(rows.map((r) => [r.sku, Number(r.grams)]));
}

export const applyPackClose: OpHandler<PackClosePayload> = async (ctx, p) => {
  const carton = await requireCarton(ctx, p.carton);
  if (carton.status === 'closed') {
    if (carton.sscc === p.sscc) return [];
    throw new OpRejection(ErrorCode.CONFLICT, `Carton ${p.carton} is closed as ${carton.sscc}`);
  }
  if (!carton.contents.length)
    throw new OpRejection(ErrorCode.CONFLICT, `Carton ${p.carton} is empty`);
  const settings = await loadSettings(ctx);
  const serial = settings && serialOf(settings, p.sscc);
  if (!settings || serial === null)
    throw new OpRejection(ErrorCode.OP_MALFORMED, `${p.sscc} is not an SSCC of this warehouse`);
  const out: RaisedException[] = [];
  const said = { carton: p.carton, order: carton.order, sscc: p.sscc };
  const scope = scopeOf(settings);
  const other = await ctx.trx
    .selectFrom('cartons')
    .select(['id', 'warehouse_id'])
    .where('sscc', '=', p.sscc)
    .executeTakeFirst();
  if (other)
    out.push(
      await raiseShipping(
        ctx,
        'sscc.duplicate',
        p.carton,
        `SSCC ${p.sscc} is already on carton ${other.id}: relabel one`,
        said,
        { carton: other.id, warehouse: other.warehouse_id },
      ),
    );
  const range = await ctx.trx
    .selectFrom('sscc_ranges')
    .select('device_id')
    .where('scope', '=', scope)
    .where('start_serial', '<=', serial)
    .where('end_serial', '>=', serial)
    .executeTakeFirst();
  if (range && range.device_id !== ctx.op.deviceId)
    out.push(
      await raiseShipping(
        ctx,
        'sscc.foreign_range',
        p.carton,
        `SSCC ${p.sscc} is from another device's range`,
        said,
        { device: range.device_id },
      ),
    );
  await liftAllocator(ctx.trx, scope, serial);
  const grams = await unitGrams(ctx, [...new Set(carton.contents.map((c) => c.sku))]);
  const weight = judgeWeight(
    p.weightGrams,
    expectedGrams(carton.contents, grams, carton.packageType),
    { pct: settings.tolerancePct, minGrams: settings.toleranceMinGrams },
  );
  if (weight.judged && !weight.within)
    out.push(
      await raiseShipping(
        ctx,
        'pack.weight',
        p.carton,
        `Carton ${p.carton} weighs ${p.weightGrams} g, expected ${weight.expected} g ± ${weight.allowed} g`,
        { ...said, weightGrams: p.weightGrams },
        { expected: weight.expected, allowed: weight.allowed },
      ),
    );
  await saveCarton(
    ctx,
    { ...carton, status: 'closed', sscc: p.sscc, weightGrams: p.weightGrams, closedAt: ctx.now },
    ctx.op.deviceId,
  );
  return out;
};
