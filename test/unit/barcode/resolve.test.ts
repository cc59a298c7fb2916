// Resolution against master data: each/case GTINs to item and quantity, locations, documents.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { gtinCandidates } from '#core/barcode/gtin-candidates.ts';
import { resolveBarcode, resolveLine, type BarcodeLookups } from '#core/barcode/resolve.ts';
import { KEYS, interpret } from './helpers.ts';

/** Master data as a site would load it: barcodes as printed, not normalised. */
const ITEM_BARCODES: Record<string, { sku: string; packQty: number }> = {
  [KEYS.ean13]: { sku: 'PEN-BLUE', packQty: 1 },
  [KEYS.ean13Case]: { sku: 'PEN-BLUE', packQty: 12 },
  [KEYS.upcA]: { sku: 'SOAP', packQty: 1 },
  [KEYS.ean8]: { sku: 'GUM', packQty: 1 },
  [KEYS.gtin14]: { sku: 'TEA', packQty: 1 },
  [KEYS.gtin14Case]: { sku: 'TEA', packQty: 24 },
  '04252614': { sku: 'UPCE-ITEM', packQty: 1 },
  'INT-0099': { sku: 'WIDGET', packQty: 1 },
  // a 13-digit location label that happens to be a valid EAN-13 of this item too
  '5901234123457': { sku: 'CLASH', packQty: 1 },
};
const SKUS = new Set(['PEN-BLUE', 'SOAP', 'WIDGET', 'A-01-SKU']);
const LOCATIONS = new Set(['A-03-02-1', '12345678', '5901234123457', KEYS.gln]);
const DOCUMENTS: Record<string, { id: string; type?: string }> = {
  'PO-2026-00042': { id: 'po-42', type: 'receipt' },
  [KEYS.sscc]: { id: 'asn-7', type: 'asn' },
};

const lookups = (log: string[] = []): BarcodeLookups => ({
  itemByBarcode: (code) => {
    log.push(`item:${code}`);
    return Promise.resolve(ITEM_BARCODES[code] ?? null);
  },
  itemBySku: (sku) => {
    log.push(`sku:${sku}`);
    return Promise.resolve(SKUS.has(sku) ? { sku } : null);
  },
  locationByBarcode: (code) => {
    log.push(`location:${code}`);
    return Promise.resolve(LOCATIONS.has(code) ? { code } : null);
  },
  documentByBarcode: (code) => {
    log.push(`document:${code}`);
    return Promise.resolve(DOCUMENTS[code] ?? null);
  },
});

const resolve = (text: string, l = lookups()) => resolveBarcode(interpret(text), l);

describe('gtinCandidates', () => {
  it.each([
    ['00000096385074', ['00000096385074', '0000096385074', '000096385074', '96385074']],
    ['00036000291452', ['00036000291452', '0036000291452', '036000291452']],
    ['04006381333931', ['04006381333931', '4006381333931']],
    ['14006381333938', ['14006381333938']],
    ['4006381333931', ['04006381333931', '4006381333931']],
    ['96385074', ['00000096385074', '0000096385074', '000096385074', '96385074']],
    ['ABC', ['ABC']],
  ])('%s → %j', (g, expected) => {
    expect(gtinCandidates(g)).toEqual(expected);
  });
});

describe('items', () => {
  it.each([
    [KEYS.ean13, 'PEN-BLUE', 1, KEYS.ean13],
    [KEYS.ean13Case, 'PEN-BLUE', 12, KEYS.ean13Case],
    [`01${KEYS.ean13Case}10L1`, 'PEN-BLUE', 12, KEYS.ean13Case],
    [`(01)0${KEYS.ean13}`, 'PEN-BLUE', 1, KEYS.ean13],
    [KEYS.upcA, 'SOAP', 1, KEYS.upcA],
    [`0${KEYS.upcA}`, 'SOAP', 1, KEYS.upcA],
    [KEYS.ean8, 'GUM', 1, KEYS.ean8],
    [`https://id.gs1.org/01/${KEYS.ean8}`, 'GUM', 1, KEYS.ean8],
    [KEYS.gtin14Case, 'TEA', 24, KEYS.gtin14Case],
    [']E004252614', 'UPCE-ITEM', 1, '04252614'],
    ['INT-0099', 'WIDGET', 1, 'INT-0099'],
  ])('%s → %s × %i (matched %s)', async (text, sku, qty, barcode) => {
    expect(await resolve(text)).toMatchObject({ kind: 'item', sku, qty, barcode });
  });

  it('carries lot, expiry and serial from a GS1 label', async () => {
    expect(await resolve(`(01)${KEYS.gtin14}(17)260228(10)AB-123(21)S9`)).toEqual({
      kind: 'item',
      sku: 'TEA',
      qty: 1,
      packQty: 1,
      barcode: KEYS.gtin14,
      gtin: KEYS.gtin14,
      lot: 'AB-123',
      expiry: '2026-02-28',
      serial: 'S9',
    });
  });

  it('multiplies the pack quantity by the count (AI 30 / 37)', async () => {
    expect(await resolve(`(01)${KEYS.gtin14Case}(30)3`)).toMatchObject({ sku: 'TEA', qty: 72 });
    expect(await resolve(`(00)${KEYS.sscc}(02)${KEYS.gtin14}(37)40`)).toMatchObject({
      sku: 'TEA',
      qty: 40,
      packQty: 1,
    });
    expect(await resolve(`(02)${KEYS.gtin14Case}(37)5`)).toMatchObject({ qty: 120 });
  });

  it('a SKU typed or scanned as text', async () => {
    expect(await resolve('SOAP')).toMatchObject({ kind: 'item', sku: 'SOAP', qty: 1 });
  });

  it('an unknown GTIN is UNKNOWN_GTIN', async () => {
    const r = await resolve('5012345678900');
    expect(r).toMatchObject({
      kind: 'error',
      code: BarcodeError.UNKNOWN_GTIN,
      params: { gtin: '05012345678900' },
    });
  });
});

describe('locations, documents and the order', () => {
  it('location and document by exact text', async () => {
    expect(await resolve('A-03-02-1')).toEqual({ kind: 'location', code: 'A-03-02-1' });
    expect(await resolve('PO-2026-00042')).toEqual({
      kind: 'document',
      id: 'po-42',
      code: 'PO-2026-00042',
      type: 'receipt',
    });
  });

  it('a location wins over an item with the same code', async () => {
    expect(await resolve('5901234123457')).toEqual({ kind: 'location', code: '5901234123457' });
  });

  it('a numeric location that looks like a broken GTIN still resolves', async () => {
    expect(interpret('12345678').kind).toBe('error');
    expect(await resolve('12345678')).toEqual({ kind: 'location', code: '12345678' });
  });

  it('order: location, document, then item barcode, then SKU', async () => {
    const log: string[] = [];
    await resolve('NOPE-1', lookups(log));
    expect(log).toEqual(['location:NOPE-1', 'document:NOPE-1', 'item:NOPE-1', 'sku:NOPE-1']);
  });

  it('GS1 without GTIN: SSCC → document, GLN (414) → location', async () => {
    expect(await resolve(`00${KEYS.sscc}`)).toMatchObject({ kind: 'document', id: 'asn-7' });
    expect(await resolve(`(414)${KEYS.gln}`)).toEqual({ kind: 'location', code: KEYS.gln });
  });

  it('a lot/expiry-only label names what is missing', async () => {
    expect(await resolve('(10)AB-123(17)260228')).toMatchObject({
      kind: 'error',
      code: BarcodeError.NO_ITEM_KEY,
      params: { ais: '(10) (17)' },
      message: 'This GS1 label has no GTIN or SSCC ((10) (17)): scan the product barcode as well',
    });
  });

  it('unknown text is UNKNOWN_BARCODE with the text', async () => {
    expect(await resolve('ZZZ')).toMatchObject({
      kind: 'error',
      code: BarcodeError.UNKNOWN_BARCODE,
      params: { text: 'ZZZ' },
      text: 'ZZZ',
    });
  });

  it('an interpretation error that is no site code stays that error', async () => {
    expect(await resolve('4006381333932')).toMatchObject({
      kind: 'error',
      code: BarcodeError.GTIN_CHECK_DIGIT,
    });
  });

  it('works without documentByBarcode', async () => {
    const { documentByBarcode: _, ...rest } = lookups();
    expect(await resolveBarcode(interpret('PO-2026-00042'), rest)).toMatchObject({
      code: BarcodeError.UNKNOWN_BARCODE,
    });
  });

  it('never throws: a failing lookup is LOOKUP_FAILED', async () => {
    const broken: BarcodeLookups = {
      ...lookups(),
      locationByBarcode: () => Promise.reject(new Error('IndexedDB closed')),
    };
    expect(await resolveBarcode(interpret(KEYS.ean13), broken)).toMatchObject({
      kind: 'error',
      code: BarcodeError.LOOKUP_FAILED,
      params: { reason: 'IndexedDB closed' },
    });
  });
});

describe('resolveLine', () => {
  it('resolves a merged line with its count', async () => {
    const line = { gtin: KEYS.gtin14Case, lot: 'L1', expiry: '2026-02-28', count: 2, scans: 2 };
    expect(await resolveLine(line, lookups())).toMatchObject({
      kind: 'item',
      sku: 'TEA',
      qty: 48,
      lot: 'L1',
      expiry: '2026-02-28',
    });
  });

  it('a line without GTIN is NO_ITEM_KEY', async () => {
    expect(await resolveLine({ lot: 'L1', scans: 1 }, lookups())).toMatchObject({
      code: BarcodeError.NO_ITEM_KEY,
    });
  });
});
