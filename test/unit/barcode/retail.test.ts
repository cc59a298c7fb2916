// Plain retail symbols: EAN-13, UPC-A, EAN-8, GTIN-14 (ITF-14) and UPC-E, all to GTIN-14.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { expandUpcE } from '#core/barcode/upc-e.ts';
import { KEYS, failure, gtin, interpret } from './helpers.ts';

describe('EAN-13, UPC-A, EAN-8, GTIN-14', () => {
  it.each([
    [KEYS.ean13, 'ean13', `0${KEYS.ean13}`],
    ['5901234123457', 'ean13', '05901234123457'],
    [KEYS.upcA, 'upca', `00${KEYS.upcA}`],
    [KEYS.ean8, 'ean8', `000000${KEYS.ean8}`],
    [KEYS.gtin14, 'gtin14', KEYS.gtin14],
    [KEYS.ean13Case, 'gtin14', KEYS.ean13Case],
  ])('%s is %s → %s', (text, symbol, g14) => {
    expect(interpret(text)).toEqual({ kind: 'gtin', gtin: g14, symbol, text });
  });

  it.each([
    ['4006381333932', 'EAN-13', '2', '1'],
    ['036000291453', 'UPC-A', '3', '2'],
    ['96385075', 'EAN-8', '5', '4'],
    ['09501101530004', 'GTIN-14', '4', '3'],
    ['12345678', 'EAN-8', '8', '0'],
  ])('%s: a wrong check digit is an error naming %s', (code, symbol, found, expected) => {
    const e = failure(code);
    expect(e).toMatchObject({
      code: BarcodeError.GTIN_CHECK_DIGIT,
      params: { symbol, code, found, expected },
    });
    expect(e.message).toBe(
      `${symbol} ${code}: check digit ${found} is wrong, it should be ${expected}`,
    );
  });

  it.each(['1', '12345', '1234567', '123456789', '12345678901', '123456789012345', '0042'])(
    'digits of another length (%s) are the site’s own text',
    (text) => {
      expect(interpret(text)).toEqual({ kind: 'text', text });
    },
  );

  it.each([
    [']E0', KEYS.ean13, 'ean13'],
    [']E0', `0${KEYS.upcA}`, 'upca'],
    [']E4', KEYS.ean8, 'ean8'],
    [']I1', KEYS.ean13Case, 'gtin14'],
    [']I0', KEYS.gtin14, 'gtin14'],
  ])('with %s: %s is %s', (aim, code, symbol) => {
    expect(gtin(aim + code)).toMatchObject({ symbol, text: code });
  });

  it('an ITF that is not 14 digits is a partial read, never a GTIN (issue #19)', () => {
    // 036000291452 is a valid UPC-A: as the first 12 digits of an ITF-14 it named that item.
    expect(failure(']I0036000291452')).toMatchObject({
      code: BarcodeError.ITF_LENGTH,
      params: { code: '036000291452', length: 12, expected: 14 },
    });
    expect(failure('96385074', { symbology: 'itf' }).code).toBe(BarcodeError.ITF_LENGTH);
  });

  it('an ITF of a length the site uses for its own codes is text', () => {
    expect(interpret(']I1123456', { itfLengths: [6, 10] })).toEqual({
      kind: 'text',
      text: '123456',
    });
    expect(failure(']I1036000291452', { itfLengths: [6, 10] }).code).toBe(BarcodeError.ITF_LENGTH);
  });

  it('an EAN-13 with add-on (]E3) keeps the add-on apart', () => {
    expect(gtin(`]E3${KEYS.ean13}12`)).toMatchObject({ gtin: `0${KEYS.ean13}`, addOn: '12' });
    expect(gtin(`]E3${KEYS.ean13}51234`).addOn).toBe('51234');
  });
});

describe('UPC-E', () => {
  // Expected UPC-A per the zero-suppression table: last digit 0-2 → mfr XXd000, product 00XXX;
  // 3 → mfr XXX00, product 000XX; 4 → mfr XXXX0, product 0000X; 5-9 → mfr XXXXX, product 0000d.
  it.each([
    ['01234505', '012000003455'],
    ['01234514', '012100003454'],
    ['01234523', '012200003453'],
    ['01234531', '012300000451'],
    ['01234543', '012340000053'],
    ['01234558', '012345000058'],
    ['01234565', '012345000065'],
    ['01234572', '012345000072'],
    ['01234589', '012345000089'],
    ['01234596', '012345000096'],
    ['04252614', '042100005264'],
    ['11234562', '112345000062'],
  ])('%s expands to UPC-A %s', (upce, upca) => {
    expect(expandUpcE(upce)).toEqual({ upcA: upca });
    expect(gtin(upce, { symbology: 'upc_e' })).toEqual({
      kind: 'gtin',
      gtin: `00${upca}`,
      symbol: 'upce',
      text: upce,
    });
  });

  it('6 digits: number system 0 implied, check digit computed', () => {
    expect(gtin('123456', { symbology: 'UPC-E' }).gtin).toBe('00012345000065');
    expect(gtin('425261', { symbology: 'UPC-E' }).gtin).toBe('00042100005264');
  });

  it('7 digits: number system first, check digit computed', () => {
    expect(gtin('1234565', { symbology: 'UPC-E' }).gtin).toBe('00123456000056');
  });

  it('already expanded by the scanner to 12 or 13 digits', () => {
    expect(gtin('042100005264', { symbology: 'UPC-E' })).toMatchObject({
      gtin: '00042100005264',
      symbol: 'upce',
    });
  });

  it(']E0 with 8 digits is UPC-E; without a symbology an 8-digit code that fits both is EAN-8', () => {
    expect(gtin(']E001234565')).toMatchObject({ symbol: 'upce', gtin: '00012345000065' });
    expect(gtin('01234565')).toMatchObject({ symbol: 'ean8', gtin: '00000001234565' });
  });

  it('without a symbology, 8 digits that fail EAN-8 but fit UPC-E are UPC-E', () => {
    expect(gtin('04252614')).toMatchObject({ symbol: 'upce', gtin: '00042100005264' });
  });

  it.each([
    ['01234564', BarcodeError.GTIN_CHECK_DIGIT, { symbol: 'UPC-E', found: '4', expected: '5' }],
    ['21234565', BarcodeError.UPCE_NUMBER_SYSTEM, { system: '2' }],
    ['12345', BarcodeError.UPCE_LENGTH, { length: 5 }],
    ['123456789', BarcodeError.UPCE_LENGTH, { length: 9 }],
  ])('declared UPC-E %s → %s', (code, errorCode, params) => {
    expect(failure(code, { symbology: 'upce' })).toMatchObject({ code: errorCode, params });
  });
});
