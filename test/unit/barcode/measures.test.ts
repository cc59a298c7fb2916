// Counts (AI 30, 37), measures with implied decimals (310n-369n) and amounts (390n-395n).
import { describe, it, expect } from 'vitest';
import { BarcodeError, BarcodeWarning } from '#core/barcode/errors.ts';
import { impliedDecimal, unitFromTitle } from '#core/barcode/decode-value.ts';
import { GS, KEYS, failure, gs1 } from './helpers.ts';

describe('measures', () => {
  it.each([
    ['3100', '001250', 1250, 'kg'],
    ['3101', '001250', 125, 'kg'],
    ['3103', '001250', 1.25, 'kg'],
    ['3105', '123456', 1.23456, 'kg'],
    ['3102', '000000', 0, 'kg'],
    ['3202', '002500', 25, 'lb'],
    ['3112', '000150', 1.5, 'm'],
    ['3141', '000105', 10.5, 'm²'],
    ['3160', '000003', 3, 'm³'],
    ['3374', '012345', 1.2345, 'kg/m²'],
    ['3572', '001000', 10, 'oz'],
    ['3600', '000004', 4, 'qt (US)'],
    ['3612', '000350', 3.5, 'gal.'],
  ])('AI (%s) %s → %d %s', (ai, raw, value, unit) => {
    const r = gs1(`(01)${KEYS.gtin14}(${ai})${raw}`);
    expect(r.elements[1]).toMatchObject({ ai, raw, value, unit });
    expect(r.measures).toEqual([{ ai, title: r.elements[1]?.title, value, unit, logistic: false }]);
  });

  it('marks logistic measures (gross weight, dimensions of the logistic unit)', () => {
    const r = gs1(`(00)${KEYS.sscc}(3302)012500`);
    expect(r.measures).toEqual([
      { ai: '3302', title: 'GROSS WEIGHT (kg)', value: 125, unit: 'kg', logistic: true },
    ]);
    expect(gs1(`(00)${KEYS.sscc}(3632)000100`).measures[0]).toMatchObject({
      unit: 'gal (US)',
      logistic: true,
    });
  });

  it('measures are fixed length: no GS needed after them', () => {
    const r = gs1(`]C101${KEYS.gtin14}3103001250` + '3922' + '499');
    expect(r.elements.map((e) => e.value)).toEqual([KEYS.gtin14, 1.25, 4.99]);
  });

  it('a measure must be six digits', () => {
    expect(failure(`(01)${KEYS.gtin14}(3103)1250`)).toMatchObject({
      code: BarcodeError.VALUE_TOO_SHORT,
      params: { ai: '3103' },
    });
  });

  it('decimal conversion is exact for typical values', () => {
    expect(impliedDecimal('000010', 1)).toBe(1);
    expect(impliedDecimal('000003', 2)).toBe(0.03);
    expect(impliedDecimal('7', 3)).toBe(0.007);
    expect(impliedDecimal('123456789012345', 9)).toBe(123456.789012345);
  });

  it.each([
    ['NET WEIGHT (kg)', 'kg'],
    ['VOLUME (gal (US)), log', 'gal (US)'],
    ['KG PER m²', 'kg/m²'],
    ['SERIAL', ''],
  ])('unit of %s is %j', (title, unit) => {
    expect(unitFromTitle(title)).toBe(unit);
  });
});

describe('counts', () => {
  it.each([
    ['30', '12', 12],
    ['30', '00000012', 12],
    ['37', '24', 24],
    ['37', '99999999', 99999999],
  ])('AI (%s) %s → %i', (ai, raw, count) => {
    const r = gs1(`(02)${KEYS.gtin14}(${ai})${raw}`);
    expect(r.count).toBe(count);
    expect(r.elements[1]?.value).toBe(count);
  });

  it('AI (37) wins over AI (30) for the count', () => {
    expect(gs1(`(02)${KEYS.gtin14}(30)5(37)24`).count).toBe(24);
  });

  it('a count is digits only and at most 8 long', () => {
    expect(failure('(37)1A').code).toBe(BarcodeError.NOT_DIGITS);
    expect(failure('(30)123456789').code).toBe(BarcodeError.VALUE_TOO_LONG);
  });

  it('a count ends at GS like any variable-length AI', () => {
    const r = gs1(`]C102106141410004153712${GS}10L1`);
    expect(r).toMatchObject({ contentGtin: '10614141000415', count: 12, lot: 'L1' });
  });
});

describe('amounts and prices', () => {
  it.each([
    ['(3922)499', 4.99, undefined],
    ['(3932)978499', 4.99, '978'],
    ['(3912)8401000', 10, '840'],
    ['(3901)12345', 1234.5, undefined],
    ['(3941)0125', 12.5, '%'],
    ['(3952)001999', 19.99, undefined],
  ])('%s → %d %s', (text, value, unit) => {
    const e = gs1(text).elements[0];
    expect(e?.value).toBe(value);
    expect(e?.unit).toBe(unit);
  });

  it('amounts are not measures', () => {
    expect(gs1(`(01)${KEYS.gtin14}(3922)499`).measures).toEqual([]);
  });
});

describe('pairing rules (warnings only)', () => {
  const warningCodes = (text: string) => gs1(text).warnings.map((w) => [w.code, w.params]);

  it('a complete label has none', () => {
    expect(warningCodes(`(01)${KEYS.gtin14}(17)260228(10)L1(21)S1`)).toEqual([]);
  });

  it('lot without a GTIN: a split label, reported as a warning', () => {
    expect(warningCodes('(10)L1')).toEqual([
      [
        BarcodeWarning.REQUIRED_AI_MISSING,
        { ai: '10', title: 'BATCH/LOT', requires: '(01) / (02) / (03) / (8006) / (8026)' },
      ],
    ]);
  });

  it('combined requirements and patterns', () => {
    expect(warningCodes('(7004)12')).toEqual([
      [
        BarcodeWarning.REQUIRED_AI_MISSING,
        { ai: '7004', title: 'ACTIVE POTENCY', requires: '(01)+(10)' },
      ],
    ]);
    expect(warningCodes(`(01)${KEYS.gtin14}(10)L(7004)12`)).toEqual([]);
    expect(warningCodes(`(01)${KEYS.gtin14}(3922)499(3103)001000`)).toEqual([]);
  });

  it('exclusions name both AIs', () => {
    expect(warningCodes(`(01)${KEYS.gtin14}(02)${KEYS.gtin14Case}(37)5`)).toEqual([
      [BarcodeWarning.AI_EXCLUDED, { ai: '01', other: '37' }],
      [BarcodeWarning.AI_EXCLUDED, { ai: '02', other: '01' }],
      [BarcodeWarning.REQUIRED_AI_MISSING, { ai: '37', title: 'COUNT', requires: '(00)' }],
    ]);
  });

  it('two measures of the same kind exclude each other (ex=310n), reported once', () => {
    const codes = gs1(`(01)${KEYS.gtin14}(3102)000100(3103)001000`).warnings;
    expect(codes).toEqual([
      expect.objectContaining({
        code: BarcodeWarning.AI_EXCLUDED,
        params: { ai: '3102', other: '3103' },
      }),
    ]);
  });
});
