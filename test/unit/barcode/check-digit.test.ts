import { describe, it, expect } from 'vitest';
import { gs1CheckDigit, hasValidCheckDigit, isGtin } from '#core/barcode/check-digit.ts';
import { checkCharPair } from '#core/barcode/check-chars.ts';
import { KEYS } from './helpers.ts';

describe('GS1 mod-10 check digit', () => {
  it.each([
    ['0950110153000', 3],
    ['400638133393', 1],
    ['03600029145', 2],
    ['9638507', 4],
    ['10614141123456789', 7],
    ['1400638133393', 8],
    ['', 0],
  ])('body %s → %i', (body, digit) => {
    expect(gs1CheckDigit(body)).toBe(digit);
  });

  it.each(Object.entries(KEYS).filter(([name]) => name !== 'gmn'))('%s is valid', (_, code) => {
    expect(hasValidCheckDigit(code)).toBe(true);
  });

  it.each(['09501101530004', '4006381333932', '1', '', 'ABCDEFGH', '0950110153000X'])(
    '%j is not valid',
    (code) => {
      expect(hasValidCheckDigit(code)).toBe(false);
    },
  );

  it('isGtin accepts only 8, 12, 13 and 14 digits with a valid check digit', () => {
    expect([KEYS.ean8, KEYS.upcA, KEYS.ean13, KEYS.gtin14].every(isGtin)).toBe(true);
    expect(isGtin(KEYS.sscc)).toBe(false);
    expect(isGtin('4006381333932')).toBe(false);
    expect(isGtin('0000000123457')).toBe(true);
  });
});

describe('GS1 alphanumeric check character pair (csumalpha)', () => {
  it.each([
    KEYS.gmn,
    '12345678901234567890123NT',
    '12345_ABCDEFGHIJKLMCP',
    '12345_abcdefghijklmN3',
    '7907665Bm8v2AB',
    '00000!HV',
  ])('%s ends in its check pair', (code) => {
    expect(checkCharPair(code.slice(0, -2))).toBe(code.slice(-2));
  });

  it('is null for a character outside CSET 82', () => {
    expect(checkCharPair('12 3')).toBeNull();
  });
});
