// Check digits of every key type, character sets, lengths and the other dictionary linters.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { implementedLinters } from '#core/barcode/linters.ts';
import { KEYS, failure, gs1 } from './helpers.ts';

/** Replaces the last digit of a key with a wrong one. */
const breakCheck = (key: string) => key.slice(0, -1) + String((Number(key.slice(-1)) + 1) % 10);

describe('check digits (csum)', () => {
  it.each([
    ['00', 'SSCC', KEYS.sscc],
    ['01', 'GTIN-14', KEYS.gtin14],
    ['01', 'GTIN-13 as 14', `0${KEYS.ean13}`],
    ['01', 'GTIN-12 as 14', `00${KEYS.upcA}`],
    ['01', 'GTIN-8 as 14', `000000${KEYS.ean8}`],
    ['02', 'content GTIN', KEYS.gtin14Case],
    ['03', 'MTO GTIN', KEYS.gtin14],
    ['410', 'ship-to GLN', KEYS.gln],
    ['411', 'bill-to GLN', KEYS.gln2],
    ['412', 'purchase-from GLN', KEYS.gln],
    ['413', 'ship-for GLN', KEYS.gln],
    ['414', 'location GLN', KEYS.gln],
    ['415', 'pay-to GLN', KEYS.gln],
    ['416', 'production GLN', KEYS.gln],
    ['417', 'party GLN', KEYS.gln2],
    ['402', 'GSIN', KEYS.gsin],
    ['8017', 'GSRN', KEYS.gsrn],
    ['8018', 'GSRN', KEYS.gsrn],
    ['253', 'GDTI (with serial)', `${KEYS.gln}DOC-1`],
    ['255', 'GCN', KEYS.gln],
    ['8003', 'GRAI', `0${KEYS.gln}PALLET7`],
    ['8006', 'ITIP', `${KEYS.gtin14}0102`],
  ])('AI (%s) %s: valid passes, a wrong last digit of the key is named', (ai, _, value) => {
    expect(gs1(`(${ai})${value}`).elements[0]?.raw).toBe(value);
    const keyLength = aiKeyLength(ai);
    const key = value.slice(ai === '8003' ? 1 : 0, keyLength);
    const bad = value.replace(key, breakCheck(key));
    const e = failure(`(${ai})${bad}`);
    expect(e).toMatchObject({
      code: BarcodeError.CHECK_DIGIT,
      params: { ai, found: bad.charAt(keyLength - 1), expected: key.slice(-1) },
    });
    expect(e.message).toContain(
      `check digit ${bad.charAt(keyLength - 1)} is wrong, it should be ${key.slice(-1)}`,
    );
  });

  it('AI (8013) GMN: alphanumeric check characters', () => {
    expect(gs1(`(8013)${KEYS.gmn}`).elements[0]?.raw).toBe(KEYS.gmn);
    expect(failure(`(8013)${KEYS.gmn.slice(0, -2)}XK`)).toMatchObject({
      code: BarcodeError.CHECK_CHARACTERS,
      params: { ai: '8013', found: 'XK', expected: '2K' },
    });
  });
});

/** Where the check digit sits: end of the first component. */
function aiKeyLength(ai: string): number {
  return (
    ({ '00': 18, '402': 17, '8017': 18, '8018': 18, '8003': 14 } as Record<string, number>)[ai] ??
    (['253', '255', '410', '411', '412', '413', '414', '415', '416', '417'].includes(ai) ? 13 : 14)
  );
}

describe('character sets', () => {
  it.each([
    ['(10)AB 12', BarcodeError.BAD_CHARACTER, { char: ' ', position: 3, charset: 'GS1 CSET 82' }],
    ['(10)AB#12', BarcodeError.BAD_CHARACTER, { char: '#', position: 3 }],
    ['(21)Sé1', BarcodeError.BAD_CHARACTER, { char: 'é', position: 2 }],
    ['(8010)0950110ab', BarcodeError.BAD_CHARACTER, { char: 'a', charset: 'GS1 CSET 39' }],
    ['(8030)abc+def', BarcodeError.BAD_CHARACTER, { char: '+', charset: 'base64url' }],
    ['(30)12A', BarcodeError.NOT_DIGITS, { char: 'A', position: 3 }],
    ['(17)26O228', BarcodeError.NOT_DIGITS, { char: 'O', position: 3 }],
    ['(01)0950110153000O', BarcodeError.NOT_DIGITS, { position: 14 }],
  ])('%s → %s', (text, code, params) => {
    expect(failure(text)).toMatchObject({ code, params });
  });

  it.each([
    `(10)!"%&'()*+,-./:;<=>?_azAZ09`.slice(0, 24),
    '(8010)0950110#-/AZ',
    '(8030)abc_-xyz09==',
  ])('accepts every character of its set: %s', (text) => {
    expect(gs1(text).elements).toHaveLength(1);
  });
});

describe('lengths', () => {
  it.each([
    ['(01)0950110153000', BarcodeError.VALUE_TOO_SHORT, { length: 13, min: 14 }],
    ['(00)10614141123456789', BarcodeError.VALUE_TOO_SHORT, { length: 17, min: 18 }],
    ['(10)123456789012345678901', BarcodeError.VALUE_TOO_LONG, { length: 21, max: 20 }],
    ['(30)123456789', BarcodeError.VALUE_TOO_LONG, { length: 9, max: 8 }],
    ['(7007)2601012601', BarcodeError.VALUE_TOO_SHORT, { length: 10, min: 12 }],
    ['(17)2602', BarcodeError.VALUE_TOO_SHORT, { length: 4, min: 6 }],
  ])('%s → %s', (text, code, params) => {
    expect(failure(text)).toMatchObject({ code, params });
  });

  it('optional components may be left out', () => {
    expect(gs1('(253)9501101530003').elements[0]?.raw).toBe('9501101530003');
    expect(gs1('(7007)260101').elements[0]?.value).toBe('2026-01-01');
  });
});

describe('other linters', () => {
  it.each([
    ['(8003)1' + KEYS.gln, 'zero'],
    ['(8001)00001000100111', 'nonzero'],
    ['(8011)0123', 'nozeroprefix'],
    ['(4321)2', 'yesno'],
    ['(8001)12341234512352', 'winding'],
    ['(8006)' + KEYS.gtin14 + '0302', 'pieceoftotal'],
    ['(8006)' + KEYS.gtin14 + '0002', 'pieceoftotal'],
    ['(4330)001234+', 'hyphen'],
    // all digits, with a valid check pair: only the hasnondigit rule can fail
    ['(8014)109999822', 'hasnondigit'],
    ['(4300)ACME%2', 'pcenc'],
    ['(4309)18000000011800000000', 'latitude'],
    ['(7252)3', 'iso5218'],
    ['(7258)3/2', 'posinseqslash'],
  ])('%s fails %s', (text, linter) => {
    expect(failure(text)).toMatchObject({ code: BarcodeError.LINT_FAILED, params: { linter } });
  });

  it.each([
    '(4321)1',
    '(4330)001234-',
    '(8006)095011015300030202',
    '(4300)ACME%20Ltd',
    '(4309)17999999990000000000',
    '(7258)1/2',
    '(8011)0',
  ])('%s passes', (text) => {
    expect(gs1(text).elements).toHaveLength(1);
  });

  it('implements the linters a warehouse meets', () => {
    for (const name of ['csum', 'csumalpha', 'yymmd0', 'yymmdd', 'yyyymmdd', 'hhmi']) {
      expect(implementedLinters).toContain(name);
    }
  });

  it('accepts linters that need registries it does not hold without checking them', () => {
    expect(gs1('(7041)ZZZ').elements[0]?.raw).toBe('ZZZ');
  });
});
