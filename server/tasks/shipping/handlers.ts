// Server side of pack.open and pack.item: a carton for one order of a pick list (S3), and items
// into it checked against what the order picked (S4). The device blocks a wrong item or more
// than was picked; one that still arrives (two stations packing one order offline) is applied,
// because it is in the carton, and raised. No stock moves here (S12).
import { ErrorCode } from '#core/errors.ts';
import type { PackItemPayload, PackOpenPayload } from '#core/ops/shipping.ts';
import { judgePackItem } from '#core/shipping/packing.ts';
import type { CartonLine } from '#core/shipping/entities.ts';
import type { RaisedException } from '#core/protocol.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { requireItem } from '../../sync/lookups.ts';
import { requirePickList } from '../picking/rows.ts';
import type { OpHandler } from '../../sync/op-handler.ts';
import {
  addPacked,
  loadCarton,
  packedUnits,
  pickedUnits,
  requireCarton,
  saveCarton,
} from './rows.ts';
import { raiseShipping } from './raise.ts';

export const applyPackOpen: OpHandler<PackOpenPayload> = async (ctx, p) => {
  const list = await requirePickList(ctx, p.list);
  if (!list.orders.some((o) => o.order === p.order))
    throw new OpRejection(ErrorCode.UNKNOWN_DOCUMENT, `Order ${p.order} is not on ${p.list}`);
  const had = await loadCarton(ctx, p.carton);
  if (had) {
    if (had.order === p.order) return [];
    throw new OpRejection(ErrorCode.CONFLICT, `Carton ${p.carton} is for order ${had.order}`);
  }
  await saveCarton(ctx, {
    id: p.carton,
    order: p.order,
    list: p.list,
    packageType: p.packageType,
    cartonNo: p.cartonNo,
    status: 'open',
    sscc: null,
    weightGrams: null,
    contents: [],
    openedBy: ctx.op.userId,
    openedDevice: ctx.op.deviceId,
    closedAt: null,
    loadedRoute: null,
    loadedAt: null,
  });
  return [];
};

const addLine = (lines: readonly CartonLine[], add: CartonLine): CartonLine[] => {
  const same = (l: CartonLine) => l.sku === add.sku && l.lot === add.lot && l.expiry === add.expiry;
  if (!lines.some(same)) return [...lines, add];
  return lines.map((l) => (same(l) ? { ...l, qty: l.qty + add.qty } : l));
};

export const applyPackItem: OpHandler<PackItemPayload> = async (ctx, p) => {
  const carton = await requireCarton(ctx, p.carton);
  await requireItem(ctx, p.sku);
  if (carton.order !== p.order)
    throw new OpRejection(ErrorCode.CONFLICT, `Carton ${p.carton} is for order ${carton.order}`);
  if (carton.status === 'closed')
    throw new OpRejection(ErrorCode.CONFLICT, `Carton ${p.carton} is closed`);
  const picked = await pickedUnits(ctx, carton.list, carton.order);
  const packed = await packedUnits(ctx, carton.order);
  const verdict = judgePackItem(carton, p.order, picked, packed, p.sku, p.qty);
  const out: RaisedException[] = [];
  if (!verdict.ok) {
    const said = { carton: p.carton, order: p.order, sku: p.sku, qty: p.qty };
    const believed = { picked: picked.get(p.sku) ?? 0, packed: packed.get(p.sku) ?? 0 };
    out.push(
      verdict.why === 'wrong_item'
        ? await raiseShipping(
            ctx,
            'pack.wrong_item',
            p.carton,
            `${p.sku} was packed for order ${p.order} but not picked for it`,
            said,
            believed,
          )
        : await raiseShipping(
            ctx,
            'pack.over',
            p.carton,
            `${p.qty} of ${p.sku} packed for order ${p.order}, only ${verdict.left} were left to pack`,
            said,
            believed,
          ),
    );
  }
  const line = { sku: p.sku, qty: p.qty, lot: p.lot, expiry: p.expiry };
  await saveCarton(ctx, { ...carton, contents: addLine(carton.contents, line) });
  await addPacked(ctx, carton.order, p.sku, p.qty);
  return out;
};
