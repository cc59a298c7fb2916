// UPC-E (zero-suppressed UPC-A) expansion by the standard rules on the last data digit.
import { gs1CheckDigit } from './check-digit.ts';
import { BarcodeError, type BarcodeErrorCode } from './errors.ts';

export type UpcEOutcome =
  | { readonly upcA: string }
  | { readonly code: BarcodeErrorCode; readonly params: Record<string, string | number> };

/** The 11-digit UPC-A body (number system + 10 digits, no check digit) for 6 data digits. */
export const upcABody = (numberSystem: string, d: string): string => {
  const last = d.charAt(5);
  if (last <= '2') return `${numberSystem}${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  if (last === '3') return `${numberSystem}${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  if (last === '4') return `${numberSystem}${d.slice(0, 4)}00000${d.charAt(4)}`;
  return `${numberSystem}${d.slice(0, 5)}0000${last}`;
};

/**
 * Expands 6 digits (number system 0 implied, check digit computed), 7 digits (number system
 * first) or 8 digits (number system, 6 data digits, check digit) to the 12-digit UPC-A.
 */
export const expandUpcE = (code: string): UpcEOutcome => {
  if (!/^\d+$/.test(code) || code.length < 6 || code.length > 8) {
    return { code: BarcodeError.UPCE_LENGTH, params: { code, length: code.length } };
  }
  const numberSystem = code.length === 6 ? '0' : code.charAt(0);
  if (numberSystem !== '0' && numberSystem !== '1') {
    return { code: BarcodeError.UPCE_NUMBER_SYSTEM, params: { code, system: numberSystem } };
  }
  const data = code.length === 6 ? code : code.slice(1, 7);
  const body = upcABody(numberSystem, data);
  const expected = String(gs1CheckDigit(body));
  if (code.length === 8 && code.charAt(7) !== expected) {
    return {
      code: BarcodeError.GTIN_CHECK_DIGIT,
      params: { symbol: 'UPC-E', code, found: code.charAt(7), expected },
    };
  }
  return { upcA: body + expected };
};
