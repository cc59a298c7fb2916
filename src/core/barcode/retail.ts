// Plain retail numbers (EAN-13, UPC-A, UPC-E, EAN-8, ITF-14 / GTIN-14), normalised to a GTIN-14.
// Returns null when the digits do not have a retail shape, so the caller can try other readings.
import { gs1CheckDigit, hasValidCheckDigit } from './check-digit.ts';
import { BarcodeError, type BarcodeErrorCode, type BarcodeParams } from './errors.ts';
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

const failed = (code: BarcodeErrorCode, text: string, params: BarcodeParams): Interpretation => ({
  kind: 'error',
  text,
  ...problem(code, params),
});

/**
 * `]E0…|]e0…`: an EAN/UPC with a GS1 Composite component (gs1-syntax-engine's scan data form).
 * Named as what it is, never read as a broken element string or as the bare GTIN.
 */
const RETAIL_HINTS = new Set<Symbology>([
  Symbology.EAN_UPC,
  Symbology.EAN13_UPCA,
  Symbology.EAN8,
  Symbology.UPCE,
]);
const COMPOSITE = /^(\d{6,13})\|(\]e[0-2].*)$/s;
export const retailComposite = (
  text: string,
  hint: Symbology | undefined,
): Interpretation | null => {
  if (hint !== undefined && !RETAIL_HINTS.has(hint)) return null;
  const m = COMPOSITE.exec(text);
  if (!m) return null;
  const digits = m[1]!;
  const symbol =
    hint === Symbology.EAN8 ? 'EAN-8' : ({ 8: 'UPC-E', 12: 'UPC-A' }[digits.length] ?? 'EAN-13');
  const component = m[2]!.length > 12 ? `${m[2]!.slice(0, 12)}…` : m[2]!;
  return failed(BarcodeError.COMPOSITE_COMPONENT, text, { symbol, code: digits, component });
};

export interface RetailOptions {
  /** ITF lengths the site uses for its own codes (read as text); see InterpretOptions. */
  readonly itfLengths?: readonly number[];
}

export const interpretRetail = (
  digits: string,
  hint: Symbology | undefined,
  text: string,
  opts: RetailOptions = {},
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
      // ISO 15420 sends EAN-13 and UPC-A under `]E0` as 13 digits (gs1-syntax-engine's scan
      // data: `]E00416000336108` is UPC-A 416000336108). Some scanners send UPC-E unexpanded,
      // as its 8 digits. Twelve digits is neither: a digit was lost, so it names no item.
      if (n === 8) return asUpcE(digits, text);
      if (n === 13) return asGtin(digits, digits.startsWith('0') ? 'upca' : 'ean13', text);
      return failed(BarcodeError.EAN_UPC_LENGTH, text, {
        symbology: ']E0',
        code: digits,
        length: n,
      });
    case Symbology.EAN13_UPCA:
      return n === 12 || n === 13 ? asGtin(digits, BY_LENGTH[n] ?? 'ean13', text) : null;
    case Symbology.EAN_ADDON: {
      if (n !== 15 && n !== 18) return null;
      const main = asGtin(digits.slice(0, 13), 'ean13', text);
      return main.kind === 'gtin' ? { ...main, addOn: digits.slice(13) } : main;
    }
    case Symbology.ITF:
      // A partial ITF-14 is an ITF of fewer digits with, one time in ten, a fitting check
      // digit: it must never fall through to the UPC-A/EAN-8 reading of its length.
      if (n === 14) return asGtin(digits, 'gtin14', text);
      if (opts.itfLengths?.includes(n)) return { kind: 'text', text };
      return failed(BarcodeError.ITF_LENGTH, text, { code: digits, length: n, expected: 14 });
    default: {
      if (n === 8) return eightDigits(digits, text);
      const symbol = BY_LENGTH[n];
      return symbol ? asGtin(digits, symbol, text) : null;
    }
  }
};
