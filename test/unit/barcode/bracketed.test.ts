// The human-readable bracketed form, as typed from a damaged label.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { KEYS, failure, gs1, interpret, pairs } from './helpers.ts';

describe('bracketed form', () => {
  it('reads (01)(17)(10) in any order of fixed and variable AIs', () => {
    const r = gs1('(01)09501101530003(17)260228(10)AB-123');
    expect(r.form).toBe('bracketed');
    expect(pairs(r)).toEqual([
      ['01', KEYS.gtin14],
      ['17', '2026-02-28'],
      ['10', 'AB-123'],
    ]);
    expect(pairs(gs1('(10)AB-123(01)09501101530003'))).toEqual([
      ['10', 'AB-123'],
      ['01', KEYS.gtin14],
    ]);
  });

  it('tolerates spaces between the elements', () => {
    expect(gs1('(01) 09501101530003 (10) AB-123').lot).toBe('AB-123');
  });

  it('keeps brackets in a value when they do not enclose a known AI, and \\( as a literal', () => {
    expect(gs1('(10)A(23)B').lot).toBe('A(23)B');
    expect(gs1('(21)X\\(10)Y').serial).toBe('X(10)Y');
  });

  it('gives the same result as the element string', () => {
    const bracketed = gs1('(00)106141411234567897(02)09501101530003(37)24');
    const raw = gs1('00106141411234567897020950110153000337' + '24');
    expect(bracketed.elements).toEqual(raw.elements);
  });

  it.each([
    ['(01)0950110153000', BarcodeError.VALUE_TOO_SHORT, { ai: '01', length: 13, min: 14 }],
    ['(01)095011015300031', BarcodeError.VALUE_TOO_LONG, { ai: '01', length: 15, max: 14 }],
    ['(10)', BarcodeError.VALUE_MISSING, { ai: '10' }],
    ['(10)X'.padEnd(25, 'X'), BarcodeError.VALUE_TOO_LONG, { ai: '10', length: 21, max: 20 }],
  ])('%s → %s', (text, code, params) => {
    expect(failure(text)).toMatchObject({ code, params });
  });

  it('with a GS1 symbology, a malformed bracket is an error', () => {
    expect(failure('(01', { symbology: ']C1' }).code).toBe(BarcodeError.BRACKET_SYNTAX);
    expect(failure('(23)ABC', { symbology: ']C1' })).toMatchObject({
      code: BarcodeError.UNKNOWN_AI,
      params: { ai: '23' },
    });
  });

  it('without one, text that merely starts with brackets is the site’s own text', () => {
    expect(interpret('(555) 123-4567')).toEqual({ kind: 'text', text: '(555) 123-4567' });
    expect(interpret('(23)ABC').kind).toBe('text');
  });
});
