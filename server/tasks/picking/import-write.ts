// Builds and writes new pick lists (import and demo data): open, unclaimed, nothing picked.
import {
  pickLineKey,
  type PickLine,
  type PickList,
  type PickListKind,
} from '#core/picking/entities.ts';
import type { Trx } from '../../store/store.ts';
import { emitMany } from '../../sync/feed.ts';
import { pickLineTable, pickListTable } from './rows.ts';

export interface NewPickLine {
  line: number;
  order: string;
  tote: string | null;
  sku: string;
  location: string;
  qty: number;
}

export interface NewPickList {
  number: string;
  barcode: string;
  kind: PickListKind;
  assignedTo: string | null;
  lines: NewPickLine[];
}

export function pickListRows(n: NewPickList, now: number): { list: PickList; lines: PickLine[] } {
  const orders = new Map<string, string | null>();
  for (const l of n.lines) if (!orders.has(l.order)) orders.set(l.order, l.tote);
  return {
    list: {
      number: n.number,
      barcode: n.barcode,
      kind: n.kind,
      orders: [...orders].map(([order, tote]) => ({ order, tote })),
      assignedTo: n.assignedTo,
      status: 'open',
      claimedBy: null,
      claimedDevice: null,
      claimedAt: null,
      completedBy: null,
      completedAt: null,
      createdAt: now,
      releasedBy: null,
      releasedAt: null,
    },
    lines: n.lines.map((l) => ({
      key: pickLineKey(n.number, l.line),
      list: n.number,
      line: l.line,
      order: l.order,
      tote: l.tote,
      sku: l.sku,
      location: l.location,
      qty: l.qty,
      pickedQty: 0,
      status: 'open',
      shortReason: null,
      lots: [],
      deferReason: null,
      deferredBy: null,
    })),
  };
}

export async function writePickLists(
  trx: Trx,
  warehouseId: string,
  version: number,
  lists: readonly NewPickList[],
  now = Date.now(),
): Promise<void> {
  const rows = lists.map((n) => pickListRows(n, now));
  for (const { list, lines } of rows) {
    await trx.insertInto('pick_lists').values(pickListTable(warehouseId, list)).execute();
    for (let i = 0; i < lines.length; i += 300)
      await trx
        .insertInto('pick_lines')
        .values(lines.slice(i, i + 300).map((l) => pickLineTable(warehouseId, l)))
        .execute();
  }
  const w = { trx, warehouseId, version };
  await emitMany(
    w,
    'pickList',
    rows.map(({ list }) => [list.number, list] as const),
  );
  await emitMany(
    w,
    'pickLine',
    rows.flatMap(({ lines }) => lines.map((l) => [l.key, l] as const)),
  );
}
