// GS1 dates: YYMMDD with the sliding century window, day 00 as end of month, YYYYMMDD, times.
// `now` always comes from the caller so core never reads the clock.
import { BarcodeError, type BarcodeErrorCode } from './errors.ts';

export type DateOutcome =
  | { readonly iso: string }
  | { readonly code: BarcodeErrorCode; readonly params: Record<string, string | number> };

/**
 * GS1 General Specifications 7.12: YY minus the current two-digit year in 51..99 means the
 * previous century, in -99..-50 the next one, otherwise the current century. UTC, so a device
 * and the server agree on the year.
 */
export const fullYear = (yy: number, now: Date): number => {
  const current = now.getUTCFullYear();
  const century = current - (current % 100);
  const diff = yy - (current % 100);
  if (diff >= 51) return century - 100 + yy;
  if (diff <= -50) return century + 100 + yy;
  return century + yy;
};

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const checkDate = (year: number, mm: string, dd: string, allowDayZero: boolean): DateOutcome => {
  const month = Number(mm);
  if (month < 1 || month > 12) return { code: BarcodeError.DATE_MONTH, params: { month: mm } };
  let day = Number(dd);
  if (day === 0) {
    if (!allowDayZero) return { code: BarcodeError.DATE_DAY_ZERO, params: {} };
    // Day 00 on yymmd0 AIs means the last day of the month.
    day = daysInMonth(year, month);
  }
  if (day > daysInMonth(year, month)) {
    return { code: BarcodeError.DATE_DAY, params: { day: dd, month: mm, year: pad(year, 4) } };
  }
  return { iso: `${pad(year, 4)}-${mm}-${pad(day, 2)}` };
};

/** YYMMDD (6 digits); `allowDayZero` for the yymmd0 linter. */
export const checkShortDate = (value: string, allowDayZero: boolean, now: Date): DateOutcome =>
  checkDate(
    fullYear(Number(value.slice(0, 2)), now),
    value.slice(2, 4),
    value.slice(4, 6),
    allowDayZero,
  );

/** YYYYMMDD (8 digits). */
export const checkLongDate = (value: string): DateOutcome =>
  checkDate(Number(value.slice(0, 4)), value.slice(4, 6), value.slice(6, 8), false);

/** Hours, minutes or seconds as two digits: true when in range. */
export const validTimePart = (linter: 'hh' | 'mi' | 'ss', value: string): boolean =>
  /^\d{2}$/.test(value) && Number(value) <= (linter === 'hh' ? 23 : 59);

/** HHMI (4 digits). */
export const validHhmi = (value: string): boolean =>
  validTimePart('hh', value.slice(0, 2)) && validTimePart('mi', value.slice(2, 4));
