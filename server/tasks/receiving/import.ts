// Expected receipts import (purchase orders, ASNs, customer returns): flat rows (CSV, or JSON
// rows) with one line each, or JSON receipts with a `lines` array. Every row is checked (numbers
// new and unique, items that exist, positive whole quantities, tracking data only where the item
// is tracked, a dock location); any error refuses the whole file. Writing emits to the feed.
import { z } from 'zod';
import { codeSchema, isoDateSchema, lotSchema } from '#core/fields.ts';
import { receiptTypes, serialSchema } from '#core/receiving/entities.ts';
import type { SourceRecord } from '../../import/parse-file.ts';
import { blankToNull, csvInt } from '../../import/parse-file.ts';
import { RowErrors } from '../../import/row-errors.ts';
import type { Trx } from '../../store/store.ts';
import { checkReceipts, type ReceiptDraft } from './import-check.ts';

export const receiptHeaderSchema = z.object({
  number: codeSchema,
  barcode: z.string().min(1).max(48),
  supplier: z.string().min(1).max(100),
  dueDate: isoDateSchema,
  type: z.enum(receiptTypes),
  dock: codeSchema.nullable(),
  tolerancePct: z.number().int().min(0).max(100),
});
export type ReceiptHeader = z.infer<typeof receiptHeaderSchema>;

export const receiptLineInputSchema = z.object({
  line: z.number().int().min(1).max(9999).nullable(),
  sku: codeSchema,
  expectedQty: z.number().int().min(1).max(1_000_000),
  lot: lotSchema,
  expiry: z.union([z.literal(''), isoDateSchema]),
  serials: z.array(serialSchema).max(10_000),
});
export type ReceiptLineInput = z.infer<typeof receiptLineInputSchema>;

const pick = (f: Record<string, unknown>, ...names: string[]): unknown => {
  for (const n of names) if (f[n] !== undefined) return f[n];
  return undefined;
};

const lower = (v: unknown): unknown => (typeof v === 'string' ? v.trim().toLowerCase() : v);

function header(f: Record<string, unknown>): Record<string, unknown> {
  const number = pick(f, 'number', 'receipt');
  return {
    number,
    barcode: blankToNull(pick(f, 'barcode')) ?? number,
    supplier: pick(f, 'supplier'),
    dueDate: pick(f, 'dueDate', 'due_date', 'due'),
    type: lower(blankToNull(pick(f, 'type')) ?? 'purchase'),
    dock: blankToNull(pick(f, 'dock')) ?? null,
    tolerancePct: csvInt(blankToNull(pick(f, 'tolerancePct', 'tolerance_pct', 'tolerance')) ?? 0),
  };
}

/** "S1;S2 S3" (CSV) or ["S1", "S2"] (JSON). */
const serialsOf = (v: unknown): unknown =>
  typeof v === 'string' ? v.split(/[;,\s]+/).filter(Boolean) : (v ?? []);

function line(f: Record<string, unknown>): Record<string, unknown> {
  return {
    line: csvInt(blankToNull(pick(f, 'line')) ?? null),
    sku: pick(f, 'sku'),
    expectedQty: csvInt(pick(f, 'expectedQty', 'expected_qty', 'qty', 'quantity')),
    lot: blankToNull(pick(f, 'lot')) ?? '',
    expiry: blankToNull(pick(f, 'expiry')) ?? '',
    serials: serialsOf(pick(f, 'serials')),
  };
}

interface Entries {
  nested: boolean;
  header: Record<string, unknown>;
  lines: { prefix: string; fields: Record<string, unknown> }[];
}

/** A flat row is one line; a JSON receipt with `lines` is one header and many lines. */
function entriesOf(rec: SourceRecord, errors: RowErrors): Entries {
  const lines = rec.fields['lines'];
  if (lines === undefined)
    return {
      nested: false,
      header: header(rec.fields),
      lines: [{ prefix: '', fields: line(rec.fields) }],
    };
  if (!Array.isArray(lines) || !lines.length) {
    errors.add(rec.line, 'a receipt needs at least one line', 'lines');
    return { nested: true, header: header(rec.fields), lines: [] };
  }
  return {
    nested: true,
    header: header(rec.fields),
    lines: lines.map((l, i) => ({
      prefix: `lines.${i + 1}.`,
      fields: line(typeof l === 'object' && l !== null ? (l as Record<string, unknown>) : {}),
    })),
  };
}

export async function validateReceipts(
  trx: Trx,
  warehouseId: string,
  records: SourceRecord[],
): Promise<ReceiptDraft[]> {
  const errors = new RowErrors();
  if (!records.length) errors.add(0, 'the file has no receipts');
  const byNumber = new Map<string, ReceiptDraft>();
  for (const rec of records) {
    const e = entriesOf(rec, errors);
    const h = receiptHeaderSchema.safeParse(e.header);
    if (!h.success) errors.addZod(rec.line, h.error);
    for (const { prefix, fields } of e.lines) {
      const l = receiptLineInputSchema.safeParse(fields);
      if (!l.success)
        for (const issue of l.error.issues)
          errors.add(rec.line, issue.message, prefix + issue.path.map(String).join('.'));
      if (!h.success || !l.success) continue;
      let draft = byNumber.get(h.data.number);
      if (!draft)
        byNumber.set(
          h.data.number,
          (draft = { at: rec.line, nested: e.nested, header: h.data, lines: [] }),
        );
      else if (draft.at !== rec.line && (e.nested || draft.nested)) {
        errors.add(
          rec.line,
          `Receipt ${h.data.number} appears again (first on line ${draft.at})`,
          'number',
        );
        break;
      } else if (JSON.stringify(draft.header) !== JSON.stringify(h.data)) {
        errors.add(
          rec.line,
          `Receipt ${h.data.number} has a different header than on line ${draft.at}`,
          'number',
        );
        continue;
      }
      draft.lines.push({ at: rec.line, prefix, input: l.data });
    }
  }
  const drafts = [...byNumber.values()];
  await checkReceipts(trx, warehouseId, drafts, errors);
  errors.throwIfAny('receipts');
  return drafts;
}
