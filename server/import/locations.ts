// Location master data import: codes, barcodes (default: the code), zone, kind, walking order.
import { locationSchema, type Location } from '#core/entities.ts';
import type { Trx } from '../store/store.ts';
import { emitMany } from '../sync/feed.ts';
import { blankToNull, csvInt, type SourceRecord } from './parse-file.ts';
import { RowErrors } from './row-errors.ts';

function normalise(f: Record<string, unknown>): Record<string, unknown> {
  const code = f['code'];
  return {
    code,
    barcode: blankToNull(f['barcode']) ?? code,
    zone: f['zone'] ?? '',
    kind: (blankToNull(f['kind']) as string | null)?.toString().toLowerCase() ?? 'storage',
    walkSeq: csvInt(f['walkSeq'] ?? f['walk_seq']),
  };
}

export async function validateLocations(
  db: Trx,
  warehouseId: string,
  records: SourceRecord[],
): Promise<Location[]> {
  const errors = new RowErrors();
  const rows: { line: number; loc: Location }[] = [];
  for (const rec of records) {
    const r = locationSchema.safeParse(normalise(rec.fields));
    if (r.success) rows.push({ line: rec.line, loc: r.data });
    else errors.addZod(rec.line, r.error);
  }
  const codes = new Map<string, number>();
  const barcodes = new Map<string, number>();
  for (const { line, loc } of rows) {
    if (codes.has(loc.code))
      errors.add(
        line,
        `Location ${loc.code} appears again (first on line ${codes.get(loc.code)})`,
        'code',
      );
    if (barcodes.has(loc.barcode))
      errors.add(
        line,
        `Barcode ${loc.barcode} is also on line ${barcodes.get(loc.barcode)}`,
        'barcode',
      );
    codes.set(loc.code, line);
    barcodes.set(loc.barcode, line);
  }
  const existing = await db
    .selectFrom('locations')
    .select(['code', 'barcode'])
    .where('warehouse_id', '=', warehouseId)
    .execute();
  for (const e of existing) {
    const line = barcodes.get(e.barcode);
    const sameCodeLine = codes.get(e.code);
    if (line !== undefined && sameCodeLine !== line)
      errors.add(line, `Barcode ${e.barcode} already belongs to location ${e.code}`, 'barcode');
  }
  errors.throwIfAny('locations');
  return rows.map((r) => r.loc);
}

export async function writeLocations(
  trx: Trx,
  warehouseId: string,
  version: number,
  locs: readonly Location[],
): Promise<void> {
  for (let i = 0; i < locs.length; i += 300) {
    await trx
      .insertInto('locations')
      .values(
        locs.slice(i, i + 300).map((l) => ({
          warehouse_id: warehouseId,
          code: l.code,
          barcode: l.barcode,
          zone: l.zone,
          kind: l.kind,
          walk_seq: l.walkSeq,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['warehouse_id', 'code']).doUpdateSet((eb) => ({
          barcode: eb.ref('excluded.barcode'),
          zone: eb.ref('excluded.zone'),
          kind: eb.ref('excluded.kind'),
          walk_seq: eb.ref('excluded.walk_seq'),
        })),
      )
      .execute();
  }
  await emitMany(
    { trx, warehouseId, version },
    'location',
    locs.map((l) => [l.code, l] as const),
  );
}
