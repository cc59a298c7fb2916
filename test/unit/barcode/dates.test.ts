// GS1 dates: day 00, month/day ranges, leap years and the sliding century window.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { fullYear } from '#core/barcode/dates.ts';
import { failure, gs1 } from './helpers.ts';

const at = (iso: string) => ({ now: new Date(`${iso}T12:00:00Z`) });
const dateOf = (ai: string, yymmdd: string, opts = {}) =>
  gs1(`(${ai})${yymmdd}`, opts).elements[0]?.value;

describe('day 00', () => {
  it.each(['11', '12', '13', '15', '16', '17'])(
    'AI (%s) (yymmd0): day 00 is the last day of the month',
    (ai) => {
      expect(dateOf(ai, '260400')).toBe('2026-04-30');
      expect(dateOf(ai, '261200')).toBe('2026-12-31');
      expect(dateOf(ai, '250200')).toBe('2025-02-28');
      expect(dateOf(ai, '240200')).toBe('2024-02-29');
    },
  );

  it.each([
    ['4326', '260400'],
    ['7006', '260400'],
    ['7003', '2604001200'],
    ['7007', '260401260400'],
  ])('AI (%s) (yymmdd) rejects day 00: %s', (ai, value) => {
    expect(failure(`(${ai})${value}`)).toMatchObject({
      code: BarcodeError.DATE_DAY_ZERO,
      params: { ai },
    });
  });

  it('AI (7250) (yyyymmdd) rejects day 00', () => {
    expect(failure('(7250)20240200').code).toBe(BarcodeError.DATE_DAY_ZERO);
  });
});

describe('month and day ranges', () => {
  it.each([
    ['261331', BarcodeError.DATE_MONTH, { month: '13' }],
    ['260015', BarcodeError.DATE_MONTH, { month: '00' }],
    ['260431', BarcodeError.DATE_DAY, { day: '31', month: '04', year: '2026' }],
    ['260230', BarcodeError.DATE_DAY, { day: '30', month: '02', year: '2026' }],
    ['250229', BarcodeError.DATE_DAY, { day: '29', month: '02', year: '2025' }],
    ['260132', BarcodeError.DATE_DAY, { day: '32', month: '01', year: '2026' }],
  ])('AI (17) %s → %s', (value, code, params) => {
    expect(failure(`(17)${value}`)).toMatchObject({ code, params: { ai: '17', value, ...params } });
  });

  it('says which AI and what is wrong', () => {
    expect(failure('(17)261331').message).toBe(
      'AI (17) USE BY or EXPIRY 261331: month 13 does not exist',
    );
    expect(failure('(15)260431').message).toBe(
      'AI (15) BEST BEFORE or BEST BY 260431: day 31 does not exist in 2026-04',
    );
  });

  it.each([
    ['240229', '2024-02-29'],
    ['260131', '2026-01-31'],
    ['261130', '2026-11-30'],
    ['991231', '1999-12-31'],
    ['000101', '2000-01-01'],
  ])('AI (17) %s → %s', (value, iso) => {
    expect(dateOf('17', value)).toBe(iso);
  });

  it('leap years follow the resolved century: 2000 is leap, 2100 is not', () => {
    expect(dateOf('17', '000229', at('2026-03-15'))).toBe('2000-02-29');
    expect(failure('(17)000229', at('2080-06-01'))).toMatchObject({
      code: BarcodeError.DATE_DAY,
      params: { year: '2100' },
    });
    expect(dateOf('17', '000200', at('2080-06-01'))).toBe('2100-02-28');
  });

  it.each([
    ['20240229', '2024-02-29'],
    ['19991231', '1999-12-31'],
  ])('AI (7250) yyyymmdd %s → %s', (value, iso) => {
    expect(gs1(`(7250)${value}`).elements[0]?.value).toBe(iso);
  });

  it('AI (7250) yyyymmdd rejects 2023-02-29', () => {
    expect(failure('(7250)20230229').code).toBe(BarcodeError.DATE_DAY);
  });
});

describe('century sliding window', () => {
  it.each([
    ['2026-03-15', 26, 2026],
    ['2026-03-15', 76, 2076], // YY − 26 = 50: current century
    ['2026-03-15', 77, 1977], // 51: previous century
    ['2026-03-15', 99, 1999],
    ['2026-03-15', 0, 2000],
    ['2080-06-01', 31, 2031], // −49: current century
    ['2080-06-01', 30, 2130], // −50: next century
    ['2080-06-01', 29, 2129],
    ['2080-06-01', 99, 2099],
    ['2099-12-31', 0, 2100], // −99: next century
    ['2099-12-31', 49, 2149],
    ['2099-12-31', 50, 2050],
    ['2001-01-01', 52, 1952],
    ['2001-01-01', 51, 2051],
  ])('now %s, YY %i → %i', (now, yy, year) => {
    expect(fullYear(yy, new Date(`${now}T12:00:00Z`))).toBe(year);
  });

  it('applies to date AIs against the `now` passed in', () => {
    expect(dateOf('17', '770101', at('2026-03-15'))).toBe('1977-01-01');
    expect(dateOf('17', '760101', at('2026-03-15'))).toBe('2076-01-01');
    expect(dateOf('17', '300101', at('2080-06-01'))).toBe('2130-01-01');
    expect(dateOf('11', '310101', at('2080-06-01'))).toBe('2031-01-01');
  });

  it('uses the UTC year of `now`', () => {
    // 23:30 on 31 Dec 2049 UTC is already 2050 in UTC+1, where YY 00 would mean 2100.
    const now = new Date('2049-12-31T23:30:00Z');
    expect(fullYear(0, now)).toBe(2000);
  });
});

describe('date-times', () => {
  it.each([
    ['(7003)2602281230', '2026-02-28T12:30'],
    ['(8008)26022812', '2026-02-28T12'],
    ['(8008)2602281230', '2026-02-28T12:30'],
    ['(8008)260228123059', '2026-02-28T12:30:59'],
    ['(7007)260101260131', '2026-01-01/2026-01-31'],
    ['(4324)2602001800', '2026-02-28T18:00'],
  ])('%s → %s', (text, value) => {
    expect(gs1(text).elements[0]?.value).toBe(value);
  });

  it('AI (7003) fills expiry when AI (17) is absent', () => {
    expect(gs1('(01)09501101530003(7003)2602281230').expiry).toBe('2026-02-28');
  });

  it.each([
    ['(7003)2602282460', '2460'],
    ['(7003)2602281260', '1260'],
    ['(8008)26022824', '24'],
    ['(8008)2602281260', '60'],
  ])('%s: invalid time %s', (text, time) => {
    expect(failure(text)).toMatchObject({ code: BarcodeError.TIME_INVALID, params: { time } });
  });
});
