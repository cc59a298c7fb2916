// Plain retail numbers (EAN-13, UPC-A, UPC-E, EAN-8, ITF-14 / GTIN-14), normalised to a GTIN-14.
// Returns null when the digits do not have a retail shape, so the caller can try other readings.
import { gs1CheckDigit, hasValidCheckDigit } from './check-digit.ts';
import { BarcodeError } from './errors.ts';
import { problem } from './problem.ts';
import { Symbology } from './symbology.ts';
import type { GtinSymbol, Interpretation } from './types.ts';
import { expandUpcE } from './upc-e.ts';

const SYMBOL_NAMES: Readonly<Record<GtinSymbol, string>> = {
  ean13: 'EAN-13',
  upca: 'UPC-A',
  upce: 'UPC-E',
  ean8: 'EAN-8',
  gtin14: 'GTIN-14',
};
const BY_LENGTH: Readonly<Record<number, GtinSymbol>> = {
  8: 'ean8',
  12: 'upca',
  13: 'ean13',
  14: 'gtin14',
};

/** A GTIN of 8/12/13/14 digits as the right symbol, or a check digit error naming it. */
const asGtin = (digits: string, symbol: GtinSymbol, text: string): Interpretation => {
  if (hasValidCheckDigit(digits)) {
    return { kind: 'gtin', gtin: digits.padStart(14, '0'), symbol, text };
  }
  const params = {
    symbol: SYMBOL_NAMES[symbol],
    code: digits,
    found: digits.slice(-1),
    expected: String(gs1CheckDigit(digits.slice(0, -1))),
  };
  return { kind: 'error', text, ...problem(BarcodeError.GTIN_CHECK_DIGIT, params) };
};

const asUpcE = (digits: string, text: string): Interpretation => {
  const outcome = expandUpcE(digits);
  if ('upcA' in outcome) {
    return { kind: 'gtin', gtin: outcome.upcA.padStart(14, '0'), symbol: 'upce', text };
  }
  return { kind: 'error', text, ...problem(outcome.code, outcome.params) };
};

/** 8 digits with no symbology: EAN-8 when its check digit fits, else UPC-E when that fits. */
const eightDigits = (digits: string, text: string): Interpretation => {
  const ean8 = asGtin(digits, 'ean8', text);
  if (ean8.kind === 'gtin') return ean8;
  const upce = /^[01]/.test(digits) ? asUpcE(digits, text) : null;
  return upce?.kind === 'gtin' ? upce : ean8;
};

export const interpretRetail = (
  digits: string,
  hint: Symbology | undefined,
  text: string,
): Interpretation | null => {
  if (!/^\d+$/.test(digits)) return null;
  const n = digits.length;
  switch (hint) {
    case Symbology.UPCE:
      // Some scanners are set to transmit UPC-E already expanded to UPC-A or EAN-13.
      return n === 12 || n === 13 ? asGtin(digits, 'upce', text) : asUpcE(digits, text);
    case Symbology.EAN8:
      return n === 8 ? asGtin(digits, 'ean8', text) : null;
    case Symbology.EAN_UPC:
      // `]E0` carries UPC-E as its 8 digits (number system, data, check digit).
      if (n === 8) return asUpcE(digits, text);
      return n === 12 || n === 13 ? asGtin(digits, BY_LENGTH[n] ?? 'ean13', text) : null;
    case Symbology.EAN_ADDON: {
      if (n !== 15 && n !== 18) return null;
      const main = asGtin(digits.slice(0, 13), 'ean13', text);
      return main.kind === 'gtin' ? { ...main, addOn: digits.slice(13) } : main;
    }
    case Symbology.ITF:
      return n === 14 ? asGtin(digits, 'gtin14', text) : null;
    default: {
      if (n === 8) return eightDigits(digits, text);
      const symbol = BY_LENGTH[n];
      return symbol ? asGtin(digits, symbol, text) : null;
    }
  }
};
