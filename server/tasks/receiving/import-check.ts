// Checks of a receipts file against itself and the warehouse (numbers and barcodes unique and
// new, items exist, tracking data fits the item, line numbers, a dock), then the writer.
import type { Receipt, ReceiptLine } from '#core/receiving/entities.ts';
import { lineKey } from '#core/receiving/entities.ts';
import type { Trx } from '../../store/store.ts';
import { emitMany } from '../../sync/feed.ts';
import { lineTable } from './rows.ts';
import type { ReceiptHeader, ReceiptLineInput } from './import.ts';
import type { RowErrors } from '../../import/row-errors.ts';

export interface ReceiptDraft {
  at: number;
  nested: boolean;
  header: ReceiptHeader;
  lines: { at: number; prefix: string; input: ReceiptLineInput; line?: number }[];
}

async function inChunks<T>(keys: string[], fn: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += 500) out.push(...(await fn(keys.slice(i, i + 500))));
  return out;
}

export async function checkReceipts(
  trx: Trx,
  warehouseId: string,
  drafts: ReceiptDraft[],
  errors: RowErrors,
): Promise<void> {
  const numbers = drafts.map((d) => d.header.number);
  const existing = await inChunks(numbers, (c) =>
    trx
      .selectFrom('receipts')
      .select('number')
      .where('warehouse_id', '=', warehouseId)
      .where('number', 'in', c)
      .execute(),
  );
  const taken = new Set(existing.map((r) => r.number));
  const barcodes = drafts.map((d) => d.header.barcode);
  const barcodeOwners = new Map<string, string>();
  for (const r of await inChunks(barcodes, (c) =>
    trx
      .selectFrom('receipts')
      .select(['barcode', 'number'])
      .where('warehouse_id', '=', warehouseId)
      .where('barcode', 'in', c)
      .execute(),
  ))
    barcodeOwners.set(r.barcode, `receipt ${r.number}`);
  for (const r of await inChunks(barcodes, (c) =>
    trx
      .selectFrom('locations')
      .select(['barcode', 'code'])
      .where('warehouse_id', '=', warehouseId)
      .where('barcode', 'in', c)
      .execute(),
  ))
    barcodeOwners.set(r.barcode, `location ${r.code}`);
  for (const r of await inChunks(barcodes, (c) =>
    trx
      .selectFrom('item_barcodes')
      .select(['code', 'sku'])
      .where('warehouse_id', '=', warehouseId)
      .where('code', 'in', c)
      .execute(),
  ))
    barcodeOwners.set(r.code, `item ${r.sku}`);

  const skus = [...new Set(drafts.flatMap((d) => d.lines.map((l) => l.input.sku)))];
  const items = new Map(
    (
      await inChunks(skus, (c) =>
        trx
          .selectFrom('items')
          .select(['sku', 'lot_tracked', 'expiry_tracked', 'serial_tracked'])
          .where('warehouse_id', '=', warehouseId)
          .where('sku', 'in', c)
          .execute(),
      )
    ).map((i) => [i.sku, i]),
  );
  const docks = await trx
    .selectFrom('locations')
    .select(['code', 'kind'])
    .where('warehouse_id', '=', warehouseId)
    .where('kind', '=', 'dock')
    .orderBy('walk_seq')
    .execute();

  const seenBarcode = new Map<string, number>();
  for (const d of drafts) {
    const h = d.header;
    if (taken.has(h.number)) errors.add(d.at, `Receipt ${h.number} already exists`, 'number');
    const owner = barcodeOwners.get(h.barcode);
    if (owner) errors.add(d.at, `Barcode ${h.barcode} already belongs to ${owner}`, 'barcode');
    const again = seenBarcode.get(h.barcode);
    if (again !== undefined)
      errors.add(d.at, `Barcode ${h.barcode} is also on line ${again}`, 'barcode');
    seenBarcode.set(h.barcode, d.at);
    if (h.dock !== null && !docks.some((k) => k.code === h.dock))
      errors.add(d.at, `${h.dock} is not a dock location`, 'dock');
    if (h.dock === null && !docks.length)
      errors.add(d.at, 'The warehouse has no dock location to receive into', 'dock');
    checkLines(d, items, errors);
  }
}

type ItemFlags = { lot_tracked: number; expiry_tracked: number; serial_tracked: number };

function checkLines(d: ReceiptDraft, items: Map<string, ItemFlags>, errors: RowErrors): void {
  const used = new Map<number, number>();
  for (const l of d.lines) if (l.input.line !== null) used.set(l.input.line, l.at);
  let next = Math.max(0, ...used.keys());
  const seenLine = new Set<number>();
  const seenSerials = new Set<string>();
  for (const l of d.lines) {
    const { input, prefix, at } = l;
    const f = (name: string) => prefix + name;
    l.line = input.line ?? ++next;
    if (seenLine.has(l.line))
      errors.add(at, `Line ${l.line} of receipt ${d.header.number} appears twice`, f('line'));
    seenLine.add(l.line);
    const item = items.get(input.sku);
    if (!item) {
      errors.add(at, `No item ${input.sku} in this warehouse`, f('sku'));
      continue;
    }
    if (input.lot && !item.lot_tracked)
      errors.add(at, `${input.sku} is not lot-tracked; leave the lot empty`, f('lot'));
    if (input.expiry && !item.expiry_tracked)
      errors.add(at, `${input.sku} is not expiry-tracked; leave the expiry empty`, f('expiry'));
    if (input.serials.length && !item.serial_tracked)
      errors.add(at, `${input.sku} is not serial-tracked; it cannot have serials`, f('serials'));
    if (input.serials.length > input.expectedQty)
      errors.add(
        at,
        `${input.serials.length} serials for ${input.expectedQty} units of ${input.sku}`,
        f('serials'),
      );
    for (const s of input.serials) {
      const k = `${input.sku}|${s}`;
      if (seenSerials.has(k))
        errors.add(at, `Serial ${s} of ${input.sku} appears twice on the receipt`, f('serials'));
      seenSerials.add(k);
    }
  }
}

/** The receipt and line rows of validated drafts, open and with nothing received yet. */
export function receiptRows(
  drafts: readonly ReceiptDraft[],
  defaultDock: string,
  now: number,
): { receipt: Receipt; lines: ReceiptLine[] }[] {
  return drafts.map((d) => ({
    receipt: {
      ...d.header,
      dock: d.header.dock ?? defaultDock,
      status: 'open',
      closedReason: null,
      closedBy: null,
      closedAt: null,
      createdAt: now,
    },
    lines: d.lines.map((l) => ({
      key: lineKey(d.header.number, l.line!, l.input.sku),
      receipt: d.header.number,
      line: l.line!,
      sku: l.input.sku,
      expectedQty: l.input.expectedQty,
      lot: l.input.lot,
      expiry: l.input.expiry,
      serials: l.input.serials,
      receivedQty: 0,
      damagedQty: 0,
      scrapQty: 0,
      receivedSerials: [],
      replacesLine: null,
    })),
  }));
}

export async function writeReceipts(
  trx: Trx,
  warehouseId: string,
  version: number,
  drafts: readonly ReceiptDraft[],
  now = Date.now(),
): Promise<void> {
  const dock = await trx
    .selectFrom('locations')
    .select('code')
    .where('warehouse_id', '=', warehouseId)
    .where('kind', '=', 'dock')
    .orderBy('walk_seq')
    .executeTakeFirst();
  const rows = receiptRows(drafts, dock?.code ?? '', now);
  for (const { receipt: r, lines } of rows) {
    await trx
      .insertInto('receipts')
      .values({
        warehouse_id: warehouseId,
        number: r.number,
        barcode: r.barcode,
        supplier: r.supplier,
        due_date: r.dueDate,
        type: r.type,
        dock: r.dock,
        tolerance_pct: r.tolerancePct,
        status: r.status,
        closed_reason: null,
        closed_by: null,
        closed_at: null,
        created_at: now,
      })
      .execute();
    for (let i = 0; i < lines.length; i += 300)
      await trx
        .insertInto('receipt_lines')
        .values(lines.slice(i, i + 300).map((l) => lineTable(warehouseId, l)))
        .execute();
  }
  const w = { trx, warehouseId, version };
  await emitMany(
    w,
    'receipt',
    rows.map(({ receipt }) => [receipt.number, receipt] as const),
  );
  await emitMany(
    w,
    'receiptLine',
    rows.flatMap(({ lines }) => lines.map((l) => [l.key, l] as const)),
  );
}
