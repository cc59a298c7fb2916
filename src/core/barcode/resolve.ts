// Resolves an interpretation against master data: item (with quantity), location or document.
//
// Order: (1) location by the exact scanned text, (2) document by the exact text, then
// (3) by kind: GTIN → item by each GTIN candidate (and the text as scanned, e.g. a UPC-E stored
// as 8 digits); GS1 → item by (01)/(03), else (02) with its (37) count; else a document by SSCC;
// else a location by GLN (414); plain text → item barcode, then SKU. The site's own exact codes
// win because a numeric location or document label can look like a GTIN or a GS1 string.
// Errors from interpretation are returned as they are when no exact code matches. Never throws.
import { BarcodeError, type BarcodeErrorCode, type BarcodeParams } from './errors.ts';
import { gtinCandidates } from './gtin-candidates.ts';
import { problem } from './problem.ts';
import type { ScanLine } from './merge.ts';
import type { Gs1Interpretation, Interpretation } from './types.ts';

export interface BarcodeLookups {
  /** An item barcode exactly as master data stores it; packQty is how many each it stands for. */
  itemByBarcode: (code: string) => Promise<{ sku: string; packQty: number } | null>;
  itemBySku: (sku: string) => Promise<{ sku: string } | null>;
  locationByBarcode: (code: string) => Promise<{ code: string } | null>;
  documentByBarcode?: (code: string) => Promise<{ id: string; type?: string } | null>;
}

export interface ItemFields {
  readonly gtin?: string;
  readonly lot?: string;
  readonly expiry?: string;
  readonly bestBefore?: string;
  readonly serial?: string;
  /** AI (30)/(37): how many of the barcode's pack level the scan stands for. */
  readonly count?: number;
}

export type Resolution =
  | {
      kind: 'item';
      sku: string;
      /** Pack quantity of the matched barcode times the count (AI 30/37) where present. */
      qty: number;
      packQty: number;
      /** The master-data barcode that matched. */
      barcode: string;
      gtin?: string;
      lot?: string;
      expiry?: string;
      bestBefore?: string;
      serial?: string;
    }
  | { kind: 'location'; code: string }
  | { kind: 'document'; id: string; code: string; type?: string }
  | { kind: 'error'; code: BarcodeErrorCode; params: BarcodeParams; message: string; text: string };

const failure = (code: BarcodeErrorCode, params: BarcodeParams, text: string): Resolution => ({
  kind: 'error',
  text,
  ...problem(code, params),
});

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Item by the first barcode form that master data knows. */
export const resolveItem = async (
  fields: ItemFields,
  codes: readonly string[],
  lookups: BarcodeLookups,
): Promise<Resolution | null> => {
  for (const code of codes) {
    const item = await lookups.itemByBarcode(code);
    if (!item) continue;
    const { count, ...rest } = fields;
    return defined({
      kind: 'item' as const,
      sku: item.sku,
      qty: item.packQty * (count ?? 1),
      packQty: item.packQty,
      barcode: code,
      ...rest,
    });
  }
  return null;
};

const document = async (code: string, lookups: BarcodeLookups): Promise<Resolution | null> => {
  const doc = lookups.documentByBarcode ? await lookups.documentByBarcode(code) : null;
  return doc ? defined({ kind: 'document' as const, id: doc.id, code, type: doc.type }) : null;
};

const resolveGs1 = async (i: Gs1Interpretation, lookups: BarcodeLookups): Promise<Resolution> => {
  const gtin = i.gtin ?? i.contentGtin;
  const fields = {
    gtin,
    lot: i.lot,
    expiry: i.expiry,
    bestBefore: i.bestBefore,
    serial: i.serial,
    count: i.count,
  };
  if (gtin) {
    return (
      (await resolveItem(fields, gtinCandidates(gtin), lookups)) ??
      failure(BarcodeError.UNKNOWN_GTIN, { gtin }, i.text)
    );
  }
  if (i.sscc)
    return (
      (await document(i.sscc, lookups)) ??
      failure(BarcodeError.UNKNOWN_BARCODE, { text: i.sscc }, i.text)
    );
  if (i.gln) {
    const location = await lookups.locationByBarcode(i.gln);
    return location
      ? { kind: 'location', code: location.code }
      : failure(BarcodeError.UNKNOWN_BARCODE, { text: i.gln }, i.text);
  }
  const ais = i.elements.map((e) => `(${e.ai})`).join(' ');
  return failure(BarcodeError.NO_ITEM_KEY, { ais }, i.text);
};

const resolveByKind = async (i: Interpretation, lookups: BarcodeLookups): Promise<Resolution> => {
  switch (i.kind) {
    case 'error':
      return { kind: 'error', code: i.code, params: i.params, message: i.message, text: i.text };
    case 'gs1':
      return resolveGs1(i, lookups);
    case 'gtin': {
      const codes = [...new Set([...gtinCandidates(i.gtin), i.text])];
      return (
        (await resolveItem({ gtin: i.gtin }, codes, lookups)) ??
        failure(BarcodeError.UNKNOWN_GTIN, { gtin: i.gtin }, i.text)
      );
    }
    case 'text': {
      const byBarcode = await resolveItem({}, [i.text], lookups);
      if (byBarcode) return byBarcode;
      const bySku = await lookups.itemBySku(i.text);
      if (bySku) return { kind: 'item', sku: bySku.sku, qty: 1, packQty: 1, barcode: i.text };
      return failure(BarcodeError.UNKNOWN_BARCODE, { text: i.text }, i.text);
    }
  }
};

export const resolveBarcode = async (
  interpretation: Interpretation,
  lookups: BarcodeLookups,
): Promise<Resolution> => {
  const text = interpretation.text;
  try {
    if (text !== '') {
      const location = await lookups.locationByBarcode(text);
      if (location) return { kind: 'location', code: location.code };
      const doc = await document(text, lookups);
      if (doc) return doc;
    }
    return await resolveByKind(interpretation, lookups);
  } catch (e) {
    return failure(
      BarcodeError.LOOKUP_FAILED,
      { reason: e instanceof Error ? e.message : String(e) },
      text,
    );
  }
};

/** Resolves a line merged from split labels (see merge.ts) to its item and quantity. */
export const resolveLine = async (line: ScanLine, lookups: BarcodeLookups): Promise<Resolution> => {
  const { gtin, lot, expiry, bestBefore, serial, count } = line;
  if (!gtin) return failure(BarcodeError.NO_ITEM_KEY, { ais: '' }, '');
  try {
    const fields = { gtin, lot, expiry, bestBefore, serial, count };
    return (
      (await resolveItem(fields, gtinCandidates(gtin), lookups)) ??
      failure(BarcodeError.UNKNOWN_GTIN, { gtin }, gtin)
    );
  } catch (e) {
    return failure(
      BarcodeError.LOOKUP_FAILED,
      { reason: e instanceof Error ? e.message : String(e) },
      gtin,
    );
  }
};
