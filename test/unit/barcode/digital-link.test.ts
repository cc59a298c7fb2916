// GS1 Digital Link URIs: primary key and qualifiers in the path, data attributes in the query.
import { describe, it, expect } from 'vitest';
import { BarcodeError, BarcodeWarning } from '#core/barcode/errors.ts';
import { KEYS, failure, gs1, interpret, pairs } from './helpers.ts';

const codes = (r: { warnings: readonly { code: string }[] }) => r.warnings.map((w) => w.code);

describe('GS1 Digital Link', () => {
  it('reads the primary key, path qualifiers and query attributes', () => {
    const r = gs1('https://id.gs1.org/01/09501101530003/10/AB-123?17=260228');
    expect(r.form).toBe('digital-link');
    expect(pairs(r)).toEqual([
      ['01', KEYS.gtin14],
      ['10', 'AB-123'],
      ['17', '2026-02-28'],
    ]);
    expect(r).toMatchObject({ gtin: KEYS.gtin14, lot: 'AB-123', expiry: '2026-02-28' });
    expect(r.warnings).toEqual([]);
  });

  it.each([
    'https://id.gs1.org/01/09501101530003/22/V1/10/L1/21/S1',
    'http://example.com/01/09501101530003/10/L1/21/S1',
    'HTTPS://brand.example/some/prefix/01/09501101530003/21/S1',
    'https://example.com/01/09501101530003/235/TPX1',
    'https://example.com/01/09501101530003/',
  ])('accepts any host, a path prefix and qualifiers in good order: %s', (uri) => {
    const r = gs1(uri);
    expect(r.gtin).toBe(KEYS.gtin14);
    expect(r.warnings).toEqual([]);
  });

  it('pads GTIN-8/12/13 in the path to 14 digits', () => {
    expect(gs1(`https://id.gs1.org/01/${KEYS.ean13}`).gtin).toBe(`0${KEYS.ean13}`);
    expect(gs1(`https://id.gs1.org/01/${KEYS.upcA}`).gtin).toBe(`00${KEYS.upcA}`);
    expect(gs1(`https://id.gs1.org/01/${KEYS.ean8}`).gtin).toBe(`000000${KEYS.ean8}`);
  });

  it('percent-decodes path segments and query values', () => {
    const r = gs1('https://id.gs1.org/01/09501101530003/10/AB%2F12%253?21=S%261');
    expect(r.lot).toBe('AB/12%3');
    expect(r.serial).toBeUndefined();
    expect(gs1('https://id.gs1.org/01/09501101530003/21/A%3Cb%3E').serial).toBe('A<b>');
  });

  it('reads other primary keys: SSCC, GLN with extension', () => {
    expect(gs1(`https://id.gs1.org/00/${KEYS.sscc}`).sscc).toBe(KEYS.sscc);
    const gln = gs1(`https://id.gs1.org/414/${KEYS.gln}/254/DOCK-1`);
    expect(pairs(gln)).toEqual([
      ['414', KEYS.gln],
      ['254', 'DOCK-1'],
    ]);
  });

  it('ignores unknown query parameters, and warns about AIs that are not data attributes', () => {
    const r = gs1(
      'https://id.gs1.org/01/09501101530003?linkType=gs1:pip&utm_source=x&17=260228&21=S1&99999=1&flag',
    );
    expect(pairs(r)).toEqual([
      ['01', KEYS.gtin14],
      ['17', '2026-02-28'],
    ]);
    expect(r.warnings.map((w) => [w.code, w.params['param']])).toEqual([
      [BarcodeWarning.DL_PARAM_IGNORED, '21'],
      [BarcodeWarning.DL_PARAM_IGNORED, '99999'],
    ]);
  });

  it('reads measures and counts from the query', () => {
    const r = gs1('https://id.gs1.org/01/09501101530003?3103=001250&30=6');
    expect(r.measures).toEqual([
      { ai: '3103', title: 'NET WEIGHT (kg)', value: 1.25, unit: 'kg', logistic: false },
    ]);
    expect(r.count).toBe(6);
  });

  it('warns when qualifiers are out of order but keeps the data', () => {
    const r = gs1('https://id.gs1.org/01/09501101530003/21/S1/10/L1');
    expect(r).toMatchObject({ serial: 'S1', lot: 'L1' });
    expect(codes(r)).toContain(BarcodeWarning.DL_QUALIFIER_ORDER);
  });

  it.each([
    ['https://id.gs1.org/01', BarcodeError.DL_MISSING_VALUE, { ai: '01' }],
    ['https://id.gs1.org/01/09501101530003/10', BarcodeError.DL_MISSING_VALUE, { ai: '10' }],
    [
      'https://id.gs1.org/01/09501101530003/99/X',
      BarcodeError.DL_BAD_QUALIFIER,
      { ai: '99', key: '01' },
    ],
    ['https://id.gs1.org/01/09501101530003/foo/X', BarcodeError.DL_BAD_QUALIFIER, { ai: 'foo' }],
    [
      'https://id.gs1.org/00/106141411234567897/10/L1',
      BarcodeError.DL_BAD_QUALIFIER,
      { ai: '10', key: '00' },
    ],
    [
      'https://id.gs1.org/01/09501101530003/22/V/235/T',
      BarcodeError.DL_BAD_QUALIFIER,
      { ai: '235', key: '01' },
    ],
    ['https://id.gs1.org/01/09501101530003/10/A%E0%A4%A', BarcodeError.DL_BAD_ENCODING, {}],
    ['https://id.gs1.org/01/09501101530003?17=%ZZ', BarcodeError.DL_BAD_ENCODING, {}],
    ['https://id.gs1.org/01/09501101530004', BarcodeError.CHECK_DIGIT, { ai: '01', expected: '3' }],
    ['https://id.gs1.org/01/09501101530', BarcodeError.VALUE_TOO_SHORT, { ai: '01', length: 11 }],
    [
      'https://id.gs1.org/01/09501101530003/10/A%20B',
      BarcodeError.BAD_CHARACTER,
      { ai: '10', char: ' ' },
    ],
    ['https://id.gs1.org/01/09501101530003?17=261301', BarcodeError.DATE_MONTH, { ai: '17' }],
    ['https://id.gs1.org/01/09501101530003/10/A?10=B', BarcodeError.DUPLICATE_AI, { ai: '10' }],
  ])('bad URI %s → %s', (uri, code, params) => {
    expect(failure(uri)).toMatchObject({ code, params });
  });

  it('a URL without a primary key AI in its path is plain text', () => {
    for (const uri of ['https://example.com/', 'https://example.com/products/10/ABC', 'http://x']) {
      expect(interpret(uri)).toEqual({ kind: 'text', text: uri });
    }
  });
});
