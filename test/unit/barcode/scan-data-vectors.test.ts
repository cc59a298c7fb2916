// Scan data as gs1-syntax-engine documents it (its scan-data tests and README: `]E0` carries
// EAN-13 and UPC-A as 13 digits, a composite's 2D part follows the linear one after `|]e0`; a
// Digital Link URI's scheme is case-insensitive), for the cases issue #19 lists.
import { describe, expect, it } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { GS, failure, gs1, gtin } from './helpers.ts';

describe(']E0 is 13 digits (or a UPC-E as its 8)', () => {
  it('UPC-A under ]E0 comes with its leading 0 and is UPC-A', () => {
    expect(gtin(']E00416000336108')).toMatchObject({ symbol: 'upca', gtin: '00416000336108' });
  });

  it(']E0 followed by 12 digits is not taken as UPC-A: a digit was lost', () => {
    expect(failure(']E0416000336108')).toMatchObject({
      code: BarcodeError.EAN_UPC_LENGTH,
      params: { symbology: ']E0', code: '416000336108', length: 12 },
    });
    expect(failure('416000336108', { symbology: ']E0' }).code).toBe(BarcodeError.EAN_UPC_LENGTH);
  });

  it('a decoder that names the format (upca) still sends the 12 printed digits', () => {
    expect(gtin('416000336108', { symbology: 'upca' }).gtin).toBe('00416000336108');
  });

  it('an unexpanded UPC-E under ]E0 still reads', () => {
    expect(gtin(']E001234565')).toMatchObject({ symbol: 'upce', gtin: '00012345000065' });
  });
});

describe('EAN/UPC with a GS1 Composite component', () => {
  it.each([
    [`]E09521234543213|]e0991234-abcd`, 'EAN-13', '9521234543213'],
    [`]E00416000336108|]e099COMPOSITE${GS}98XYZ`, 'EAN-13', '0416000336108'],
    [`]E00001234000057|]e099COMPOSITE${GS}98XYZ`, 'EAN-13', '0001234000057'],
  ])('%s is rejected as a composite, not as a broken element string', (text, symbol, code) => {
    const e = failure(text);
    expect(e).toMatchObject({ code: BarcodeError.COMPOSITE_COMPONENT, params: { symbol, code } });
    expect(e.message).not.toMatch(/GS separator/);
  });

  it('also when the site substitutes | for GS, and without a symbology identifier', () => {
    expect(failure(`]E09521234543213|]e0991234`, { gsSubstitute: '|' }).code).toBe(
      BarcodeError.COMPOSITE_COMPONENT,
    );
    expect(failure(`9521234543213|]e0991234`).code).toBe(BarcodeError.COMPOSITE_COMPONENT);
  });

  it('only EAN/UPC (or unmarked digits) can carry one: under ]C1 it is GS1 data', () => {
    expect(failure(`]C19521234543213|]e0991234`).code).not.toBe(BarcodeError.COMPOSITE_COMPONENT);
  });
});

describe('GS1 Digital Link scheme', () => {
  it.each(['HtTps', 'HTTP', 'https'])('%s:// is read as a Digital Link', (scheme) => {
    const r = gs1(`${scheme}://id.gs1.org/01/09501101530003/10/AB-123?17=260228`);
    expect(r).toMatchObject({ form: 'digital-link', gtin: '09501101530003', lot: 'AB-123' });
    expect(r.expiry).toBe('2026-02-28');
  });

  it('also under a QR symbology identifier', () => {
    expect(gs1(']Q1HtTps://example.com/01/09501101530003').gtin).toBe('09501101530003');
  });
});
