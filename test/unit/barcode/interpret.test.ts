// The interpretation order: which reading wins for unmarked text, and the site's own codes.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { interpretBarcode } from '#core/barcode/interpret.ts';
import { GS, KEYS, NOW, failure, gs1, interpret } from './helpers.ts';

describe('unmarked text', () => {
  it.each([
    'A-03-02-1',
    'LOC-0001',
    'PO-2026-00042',
    '12345',
    '0042',
    'B01',
    'Pallet 7',
    'ÄÖÜ-汉字',
    '[)>\u001E06\u001DP12345\u001DQ10',
    'ABC\u001DDEF',
    '10LOT1',
  ])('%j is the warehouse’s own code', (text) => {
    expect(interpret(text)).toEqual({ kind: 'text', text });
  });

  it('01 + a GTIN with a valid check digit is an element string even without FNC1/GS', () => {
    const r = gs1(`01${KEYS.gtin14}17260228` + '10AB-123');
    expect(r).toMatchObject({ gtin: KEYS.gtin14, expiry: '2026-02-28', lot: 'AB-123' });
    expect(gs1(`00${KEYS.sscc}`).sscc).toBe(KEYS.sscc);
    expect(gs1(`02${KEYS.gtin14Case}3712`)).toMatchObject({
      contentGtin: KEYS.gtin14Case,
      count: 12,
    });
  });

  it('once it starts with a valid key, errors later in the string are reported', () => {
    expect(failure(`01${KEYS.gtin14}17261331`)).toMatchObject({
      code: BarcodeError.DATE_MONTH,
      params: { ai: '17', value: '261331', month: '13' },
    });
  });

  it('01 + 14 digits with a wrong check digit is text (a long numeric site code)', () => {
    expect(interpret('0109501101530004').kind).toBe('text');
  });

  it('a date AI first followed by more AIs that all validate is an element string', () => {
    expect(gs1('1726022810AB-123')).toMatchObject({ expiry: '2026-02-28', lot: 'AB-123' });
    expect(gs1('1526022810123')).toMatchObject({ bestBefore: '2026-02-28', lot: '123' });
  });

  it('a date-first reading that does not validate completely stays text', () => {
    expect(interpret('1726133110AB').kind).toBe('text');
    expect(interpret('17260228').kind).not.toBe('gs1');
    expect(interpret('1726022899X').kind).toBe('gs1');
  });

  it('14 digits with a bad check digit that read cleanly as (17)(10) are GS1', () => {
    expect(gs1('17260228101234')).toMatchObject({ expiry: '2026-02-28', lot: '1234' });
  });

  it('contains GS: an element string (with the error named when it is broken)', () => {
    expect(gs1(`10AB${GS}17260228`).lot).toBe('AB');
    expect(failure(`10AB${GS}17260231`).code).toBe(BarcodeError.DATE_DAY);
  });
});

describe('entry point', () => {
  it.each(['', '   ', '\r\n', GS, `]C1${GS}${GS}`, ']C1'])('%j is EMPTY', (text) => {
    expect(failure(text)).toMatchObject({ code: BarcodeError.EMPTY, message: 'The scan is empty' });
  });

  it('`text` is the input without whitespace and symbology identifier', () => {
    expect(interpret(`  ]C110AB\n`).text).toBe('10AB');
    expect(interpret(' A-01 ').text).toBe('A-01');
  });

  it('keeps the configured substitute in `text` (so exact-code lookups still work)', () => {
    const r = gs1('10LOT~17260228', { gsSubstitute: '~' });
    expect(r.text).toBe('10LOT~17260228');
  });

  it('an unknown symbology option or AIM identifier is ignored', () => {
    expect(interpret('A-01', { symbology: 'aztec' })).toEqual({ kind: 'text', text: 'A-01' });
    expect(interpret(']A0A-01')).toEqual({ kind: 'text', text: 'A-01' });
    expect(interpret(']C0' + KEYS.ean13)).toMatchObject({ kind: 'gtin', symbol: 'ean13' });
  });

  it('never throws, even on a value that is not a string', () => {
    const bad = interpretBarcode(undefined as unknown as string, { now: NOW });
    expect(bad).toMatchObject({ kind: 'error', code: BarcodeError.INTERNAL });
  });

  it('an invalid clock is an INTERNAL error, not a date in year NaN', () => {
    expect(interpretBarcode('(17)260228', { now: new Date('nope') })).toMatchObject({
      kind: 'error',
      code: BarcodeError.INTERNAL,
      params: { reason: 'opts.now is not a valid Date' },
    });
  });

  it('every interpretation reads the same with the clock elsewhere, except dates', () => {
    const later = interpret(`01${KEYS.gtin14}17770101`, { now: new Date('2060-01-01T00:00:00Z') });
    expect(later).toMatchObject({ kind: 'gs1', expiry: '2077-01-01' });
    expect(gs1(`01${KEYS.gtin14}17770101`).expiry).toBe('1977-01-01');
  });
});
