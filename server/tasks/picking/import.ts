// Pick lists import: flat rows (CSV, or JSON rows) with one line each, or JSON lists with a
// `lines` array. Rows are parsed here; pick-lists-check.ts checks them against the warehouse.
// Any error refuses the whole file, every bad line named.
import { z } from 'zod';
import { codeSchema } from '#core/fields.ts';
import { pickListKinds } from '#core/picking/entities.ts';
import type { Trx } from '../../store/store.ts';
import { blankToNull, csvInt, type SourceRecord } from '../../import/parse-file.ts';
import { RowErrors } from '../../import/row-errors.ts';
import { checkPickLists } from './import-check.ts';
import type { NewPickList } from './import-write.ts';

export const pickHeaderSchema = z.object({
  number: codeSchema,
  barcode: z.string().min(1).max(48),
  kind: z.enum(pickListKinds).nullable(),
  /** A username; the list is open to anyone when empty. */
  assignedTo: z.string().min(1).max(60).nullable(),
});
export type PickHeader = z.infer<typeof pickHeaderSchema>;

export const pickLineInputSchema = z.object({
  line: z.number().int().min(1).max(100_000).nullable(),
  order: codeSchema,
  tote: codeSchema.nullable(),
  sku: codeSchema,
  qty: z.number().int().min(1).max(1_000_000),
  /** Where to pick from; empty: the item's home location. */
  location: codeSchema.nullable(),
});
export type PickLineInput = z.infer<typeof pickLineInputSchema>;

export interface PickDraft {
  at: number;
  nested: boolean;
  header: PickHeader;
  lines: { at: number; prefix: string; input: PickLineInput }[];
}

const pick = (f: Record<string, unknown>, ...names: string[]): unknown => {
  for (const n of names) if (f[n] !== undefined) return blankToNull(f[n]);
  return null;
};

function header(f: Record<string, unknown>): Record<string, unknown> {
  const number = pick(f, 'number', 'list', 'pick_list');
  const kind = pick(f, 'kind');
  return {
    number,
    barcode: pick(f, 'barcode') ?? number,
    kind: typeof kind === 'string' ? kind.trim().toLowerCase() : kind,
    assignedTo: pick(f, 'assignedTo', 'assigned_to', 'picker'),
  };
}

const line = (f: Record<string, unknown>): Record<string, unknown> => ({
  line: csvInt(pick(f, 'line')),
  order: pick(f, 'order', 'order_no'),
  tote: pick(f, 'tote'),
  sku: pick(f, 'sku'),
  qty: csvInt(pick(f, 'qty', 'quantity')),
  location: pick(f, 'location', 'from'),
});

function entriesOf(rec: SourceRecord, errors: RowErrors) {
  const lines = rec.fields['lines'];
  if (lines === undefined)
    return { nested: false, lines: [{ prefix: '', fields: line(rec.fields) }] };
  if (!Array.isArray(lines) || !lines.length) {
    errors.add(rec.line, 'a pick list needs at least one line', 'lines');
    return { nested: true, lines: [] };
  }
  return {
    nested: true,
    lines: lines.map((l, i) => ({
      prefix: `lines.${i + 1}.`,
      fields: line(typeof l === 'object' && l !== null ? (l as Record<string, unknown>) : {}),
    })),
  };
}

export async function validatePickLists(
  trx: Trx,
  warehouseId: string,
  records: SourceRecord[],
): Promise<NewPickList[]> {
  const errors = new RowErrors();
  if (!records.length) errors.add(0, 'the file has no pick lists');
  const byNumber = new Map<string, PickDraft>();
  for (const rec of records) {
    const e = entriesOf(rec, errors);
    const h = pickHeaderSchema.safeParse(header(rec.fields));
    if (!h.success) errors.addZod(rec.line, h.error);
    for (const { prefix, fields } of e.lines) {
      const l = pickLineInputSchema.safeParse(fields);
      if (!l.success)
        for (const issue of l.error.issues)
          errors.add(rec.line, issue.message, prefix + issue.path.map(String).join('.'));
      if (!h.success || !l.success) continue;
      let draft = byNumber.get(h.data.number);
      if (!draft) {
        draft = { at: rec.line, nested: e.nested, header: h.data, lines: [] };
        byNumber.set(h.data.number, draft);
      } else if (draft.at !== rec.line && (e.nested || draft.nested)) {
        errors.add(
          rec.line,
          `Pick list ${h.data.number} appears again (first on line ${draft.at})`,
          'number',
        );
        break;
      } else if (JSON.stringify(draft.header) !== JSON.stringify(h.data)) {
        errors.add(
          rec.line,
          `Pick list ${h.data.number} has a different header than on line ${draft.at}`,
          'number',
        );
        continue;
      }
      draft.lines.push({ at: rec.line, prefix, input: l.data });
    }
  }
  const lists = await checkPickLists(trx, warehouseId, [...byNumber.values()], errors);
  errors.throwIfAny('pick lists');
  return lists;
}
