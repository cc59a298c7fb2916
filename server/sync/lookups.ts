// Master data checks shared by op handlers: an op naming an item or location the warehouse
// does not have cannot mean anything, so it is rejected.
import { ErrorCode } from '#core/errors.ts';
import { OpRejection } from './rejection.ts';
import type { OpContext } from './op-handler.ts';

/** Looks a value up once per push batch. */
async function memo<T>(ctx: OpContext, key: string, load: () => Promise<T>): Promise<T> {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = await load();
  ctx.memo.set(key, value);
  return value;
}

export async function requireItem(ctx: OpContext, sku: string) {
  const item = await memo(ctx, `item:${sku}`, () =>
    ctx.trx
      .selectFrom('items')
      .selectAll()
      .where('warehouse_id', '=', ctx.warehouseId)
      .where('sku', '=', sku)
      .executeTakeFirst(),
  );
  if (!item)
    throw new OpRejection(ErrorCode.UNKNOWN_ITEM, `No item ${sku} in warehouse ${ctx.warehouseId}`);
  return item;
}

export async function requireLocation(ctx: OpContext, code: string) {
  const loc = await memo(ctx, `location:${code}`, () =>
    ctx.trx
      .selectFrom('locations')
      .selectAll()
      .where('warehouse_id', '=', ctx.warehouseId)
      .where('code', '=', code)
      .executeTakeFirst(),
  );
  if (!loc)
    throw new OpRejection(
      ErrorCode.UNKNOWN_LOCATION,
      `No location ${code} in warehouse ${ctx.warehouseId}`,
    );
  return loc;
}
