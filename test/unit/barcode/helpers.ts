// Shared fixtures for the barcode tests: a fixed "now" and narrowing helpers.
import { expect } from 'vitest';
import { interpretBarcode } from '#core/barcode/interpret.ts';
import type {
  ErrorInterpretation,
  Gs1Interpretation,
  GtinInterpretation,
  InterpretOptions,
  Interpretation,
} from '#core/barcode/types.ts';

/** 15 March 2026: two-digit year 26 for the century window. */
export const NOW = new Date('2026-03-15T12:00:00Z');
export const GS = '\x1D';

export const interpret = (text: string, opts: Partial<InterpretOptions> = {}): Interpretation =>
  interpretBarcode(text, { now: NOW, ...opts });

export const gs1 = (text: string, opts: Partial<InterpretOptions> = {}): Gs1Interpretation => {
  const r = interpret(text, opts);
  if (r.kind !== 'gs1')
    expect.fail(`expected gs1 for ${JSON.stringify(text)}, got ${JSON.stringify(r)}`);
  return r;
};

export const gtin = (text: string, opts: Partial<InterpretOptions> = {}): GtinInterpretation => {
  const r = interpret(text, opts);
  if (r.kind !== 'gtin')
    expect.fail(`expected gtin for ${JSON.stringify(text)}, got ${JSON.stringify(r)}`);
  return r;
};

export const failure = (
  text: string,
  opts: Partial<InterpretOptions> = {},
): ErrorInterpretation => {
  const r = interpret(text, opts);
  if (r.kind !== 'error')
    expect.fail(`expected error for ${JSON.stringify(text)}, got ${JSON.stringify(r)}`);
  return r;
};

/** `[ai, value]` pairs of a gs1 result, for compact expectations. */
export const pairs = (r: Gs1Interpretation): [string, string | number][] =>
  r.elements.map((e) => [e.ai, e.value]);

/** Real-looking keys with correct check digits. */
export const KEYS = {
  gtin14: '09501101530003',
  gtin14Case: '19501101530000',
  ean13: '4006381333931',
  ean13Case: '14006381333938',
  upcA: '036000291452',
  ean8: '96385074',
  sscc: '106141411234567897',
  gln: '9501101530003',
  gln2: '4012345000016',
  gsrn: '735987600000000010',
  gsin: '09501101530000014',
  gmn: '1987654Ad4X4bL5ttr2310c2K',
} as const;
