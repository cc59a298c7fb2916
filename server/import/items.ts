// Item master data import: validate every row (schema, GTIN check digits, duplicate SKUs and
// barcodes, home locations that exist), then upsert all in one transaction or nothing.
import { itemSchema, type Item } from '#core/entities.ts';
import { isGtin } from '#core/barcode/check-digit.ts';
import type { Trx } from '../store/store.ts';
import { emitMany } from '../sync/feed.ts';
import { blankToNull, csvBool, csvInt, type SourceRecord } from './parse-file.ts';
import { RowErrors } from './row-errors.ts';

const pick = (f: Record<string, unknown>, ...names: string[]): unknown => {
  for (const n of names) if (f[n] !== undefined) return f[n];
  return undefined;
};

/** "4006381333931;14006381333938=12" (CSV) or [{ code, packQty }] (JSON). */
function barcodesOf(v: unknown): unknown {
  if (typeof v !== 'string') return v ?? [];
  return v
    .split(/[;\s]+/)
    .filter(Boolean)
    .map((part) => {
      const [code, qty] = part.split('=');
      return { code, packQty: qty === undefined ? 1 : csvInt(qty) };
    });
}

function normalise(f: Record<string, unknown>): Record<string, unknown> {
  return {
    sku: pick(f, 'sku'),
    description: pick(f, 'description', 'name'),
    unit: blankToNull(pick(f, 'unit')) ?? 'EA',
    lotTracked: csvBool(pick(f, 'lotTracked', 'lot_tracked') ?? false),
    expiryTracked: csvBool(pick(f, 'expiryTracked', 'expiry_tracked') ?? false),
    serialTracked: csvBool(pick(f, 'serialTracked', 'serial_tracked') ?? false),
    unitValue: csvInt(pick(f, 'unitValue', 'unit_value')) ?? 0,
    zone: blankToNull(pick(f, 'zone') ?? null),
    homeLocation: blankToNull(pick(f, 'homeLocation', 'home_location') ?? null),
    minShelfDaysReceive: csvInt(pick(f, 'minShelfDaysReceive', 'min_shelf_days_receive')) ?? 0,
    minShelfDaysShip: csvInt(pick(f, 'minShelfDaysShip', 'min_shelf_days_ship')) ?? 0,
    barcodes: barcodesOf(pick(f, 'barcodes')),
  };
}

export async function validateItems(
  db: Trx,
  warehouseId: string,
  records: SourceRecord[],
): Promise<Item[]> {
  const errors = new RowErrors();
  const items: { line: number; item: Item }[] = [];
  for (const rec of records) {
    const r = itemSchema.safeParse(normalise(rec.fields));
    if (r.success) items.push({ line: rec.line, item: r.data });
    else errors.addZod(rec.line, r.error);
  }
  const seenSku = new Map<string, number>();
  const seenCode = new Map<string, { line: number; sku: string }>();
  for (const { line, item } of items) {
    const first = seenSku.get(item.sku);
    if (first !== undefined)
      errors.add(line, `SKU ${item.sku} appears again (first on line ${first})`, 'sku');
    seenSku.set(item.sku, line);
    for (const b of item.barcodes) {
      if (/^\d+$/.test(b.code) && [8, 12, 13, 14].includes(b.code.length) && !isGtin(b.code)) {
        errors.add(line, `Barcode ${b.code} has a wrong GTIN check digit`, 'barcodes');
      }
      const other = seenCode.get(b.code);
      if (other)
        errors.add(
          line,
          `Barcode ${b.code} is also on line ${other.line} (${other.sku})`,
          'barcodes',
        );
      seenCode.set(b.code, { line, sku: item.sku });
    }
  }
  const codes = [...seenCode.keys()];
  for (let i = 0; i < codes.length; i += 500) {
    const taken = await db
      .selectFrom('item_barcodes')
      .select(['code', 'sku'])
      .where('warehouse_id', '=', warehouseId)
      .where('code', 'in', codes.slice(i, i + 500))
      .execute();
    for (const t of taken) {
      const mine = seenCode.get(t.code)!;
      if (mine.sku !== t.sku)
        errors.add(mine.line, `Barcode ${t.code} already belongs to item ${t.sku}`, 'barcodes');
    }
  }
  const homes = [
    ...new Set(items.map((i) => i.item.homeLocation).filter((h): h is string => h !== null)),
  ];
  const known = new Set<string>();
  for (let i = 0; i < homes.length; i += 500) {
    const rows = await db
      .selectFrom('locations')
      .select('code')
      .where('warehouse_id', '=', warehouseId)
      .where('code', 'in', homes.slice(i, i + 500))
      .execute();
    for (const r of rows) known.add(r.code);
  }
  for (const { line, item } of items) {
    if (item.homeLocation && !known.has(item.homeLocation)) {
      errors.add(line, `Home location ${item.homeLocation} does not exist`, 'homeLocation');
    }
  }
  errors.throwIfAny('items');
  return items.map((i) => i.item);
}

export async function writeItems(
  trx: Trx,
  warehouseId: string,
  version: number,
  items: readonly Item[],
): Promise<void> {
  const CHUNK = 300;
  for (let i = 0; i < items.length; i += CHUNK) {
    const chunk = items.slice(i, i + CHUNK);
    await trx
      .insertInto('items')
      .values(
        chunk.map((it) => ({
          warehouse_id: warehouseId,
          sku: it.sku,
          description: it.description,
          unit: it.unit,
          lot_tracked: it.lotTracked ? 1 : 0,
          expiry_tracked: it.expiryTracked ? 1 : 0,
          serial_tracked: it.serialTracked ? 1 : 0,
          unit_value: it.unitValue,
          zone: it.zone,
          home_location: it.homeLocation,
          min_shelf_days_receive: it.minShelfDaysReceive ?? 0,
          min_shelf_days_ship: it.minShelfDaysShip ?? 0,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['warehouse_id', 'sku']).doUpdateSet((eb) => ({
          description: eb.ref('excluded.description'),
          unit: eb.ref('excluded.unit'),
          lot_tracked: eb.ref('excluded.lot_tracked'),
          expiry_tracked: eb.ref('excluded.expiry_tracked'),
          serial_tracked: eb.ref('excluded.serial_tracked'),
          unit_value: eb.ref('excluded.unit_value'),
          zone: eb.ref('excluded.zone'),
          home_location: eb.ref('excluded.home_location'),
          min_shelf_days_receive: eb.ref('excluded.min_shelf_days_receive'),
          min_shelf_days_ship: eb.ref('excluded.min_shelf_days_ship'),
        })),
      )
      .execute();
    await trx
      .deleteFrom('item_barcodes')
      .where('warehouse_id', '=', warehouseId)
      .where(
        'sku',
        'in',
        chunk.map((it) => it.sku),
      )
      .execute();
    const barcodes = chunk.flatMap((it) =>
      it.barcodes.map((b) => ({
        warehouse_id: warehouseId,
        code: b.code,
        sku: it.sku,
        pack_qty: b.packQty,
      })),
    );
    if (barcodes.length) await trx.insertInto('item_barcodes').values(barcodes).execute();
  }
  await emitMany(
    { trx, warehouseId, version },
    'item',
    items.map((it) => [it.sku, it] as const),
  );
}
