// Merging split labels into one line.
import { describe, it, expect } from 'vitest';
import { BarcodeWarning } from '#core/barcode/errors.ts';
import { mergeScan, type ScanLine } from '#core/barcode/merge.ts';
import { KEYS, interpret } from './helpers.ts';

const fold = (texts: readonly string[]) => {
  let line: ScanLine | null = null;
  const completed: ScanLine[] = [];
  const conflicts: string[] = [];
  for (const text of texts) {
    const r = mergeScan(line, interpret(text));
    line = r.line;
    if (r.completed) completed.push(r.completed);
    conflicts.push(...r.conflicts.map((c) => c.message));
  }
  return { line, completed, conflicts };
};

const product = KEYS.ean13;
const lotLabel = ']C110AB-123\u001D17260228';

describe('mergeScan', () => {
  it('GTIN first, then a (10)(17) label', () => {
    expect(fold([product, lotLabel])).toEqual({
      line: { gtin: `0${product}`, lot: 'AB-123', expiry: '2026-02-28', scans: 2 },
      completed: [],
      conflicts: [],
    });
  });

  it('the (10)(17) label first, then the GTIN', () => {
    expect(fold([lotLabel, product]).line).toEqual({
      gtin: `0${product}`,
      lot: 'AB-123',
      expiry: '2026-02-28',
      scans: 2,
    });
  });

  it('three labels: GTIN, lot, serial', () => {
    expect(fold([`(01)0${product}`, '(10)L1', '(21)S1']).line).toEqual({
      gtin: `0${product}`,
      lot: 'L1',
      serial: 'S1',
      scans: 3,
    });
  });

  it('a second, different GTIN completes the line and starts a new one', () => {
    const r = fold([product, lotLabel, KEYS.upcA]);
    expect(r.completed).toEqual([
      { gtin: `0${product}`, lot: 'AB-123', expiry: '2026-02-28', scans: 2 },
    ]);
    expect(r.line).toEqual({ gtin: `00${KEYS.upcA}`, scans: 1 });
  });

  it('the same GTIN again merges (e.g. a GS1 label after the EAN)', () => {
    const r = fold([product, `(01)0${product}(17)270101(10)X9`]);
    expect(r.line).toEqual({ gtin: `0${product}`, expiry: '2027-01-01', lot: 'X9', scans: 2 });
    expect(r.completed).toEqual([]);
  });

  it('conflicting lots are reported and the first lot is kept', () => {
    const r = fold([product, '(10)L1', '(10)L2']);
    expect(r.line).toMatchObject({ lot: 'L1', scans: 3 });
    expect(r.conflicts).toEqual(['AI (10) BATCH/LOT differs between labels: kept L1, ignored L2']);
    const result = mergeScan({ lot: 'L1', scans: 1 }, interpret('(10)L2'));
    expect(result.conflicts[0]).toMatchObject({
      code: BarcodeWarning.MERGE_CONFLICT,
      params: { ai: '10', current: 'L1', incoming: 'L2' },
    });
  });

  it('conflicting expiry dates are reported too', () => {
    expect(fold(['(17)260228', '(17)260301']).conflicts).toHaveLength(1);
  });

  it('keeps counts and content GTINs from logistic labels', () => {
    expect(fold([`(02)${KEYS.gtin14}(37)12`, '(10)L1']).line).toEqual({
      gtin: KEYS.gtin14,
      count: 12,
      lot: 'L1',
      scans: 2,
    });
  });

  it('text and errors are ignored and leave the line as it was', () => {
    const line: ScanLine = { gtin: KEYS.gtin14, scans: 1 };
    for (const text of ['A-03-02-1', '4006381333932']) {
      expect(mergeScan(line, interpret(text))).toEqual({
        line,
        completed: null,
        conflicts: [],
        ignored: true,
      });
    }
    expect(mergeScan(null, interpret('A-03')).line).toBeNull();
  });
});
