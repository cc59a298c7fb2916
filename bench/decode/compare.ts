// Whether a decode counts as a pass, judged as ZXing's tests do (right format, right text) with
// three allowances for how the corpus writes expected text:
// - EAN/UPC compare as GTIN-13: ZXing Java's files hold UPC-A as 12 digits and UPC-E as 8,
//   zxing-cpp's hold both as 13; an EAN-13 starting with 0 and a UPC-A are the same symbol.
// - GS1 content: the engines return FNC1 separators as GS; Java's expected files (decoded without
//   ASSUME_GS1) have none, so when the expected text has no GS neither does the comparison.
// - EAN add-on sets: the app ignores add-ons, so only the main symbol (first 13 digits) counts.

import type { BarcodeFormat, DecodedBarcode } from '../../src/scan/engines/engine.ts';
import { upceToUpca } from '../../src/scan/engines/upce-expand.ts';

export type Verdict = 'pass' | 'misread' | 'miss';

const GS = '\u001d';
const GTIN_13 = new Set<BarcodeFormat>(['ean13', 'upca', 'upce']);

function gtin13(format: BarcodeFormat, text: string): string {
  if (format === 'upce' && text.length === 8) return `0${upceToUpca(text)}`;
  if (text.length === 12) return `0${text}`;
  return text;
}

const sameFamily = (expected: BarcodeFormat, got: BarcodeFormat): boolean =>
  expected === got ||
  (expected !== 'upce' && got !== 'upce' && GTIN_13.has(expected) && GTIN_13.has(got));

function matches(format: BarcodeFormat, expected: string, got: DecodedBarcode): boolean {
  if (!sameFamily(format, got.format)) return false;
  if (GTIN_13.has(format)) return gtin13(format, expected) === gtin13(got.format, got.text);
  const text = got.isGs1 && !expected.includes(GS) ? got.text.replaceAll(GS, '') : got.text;
  return text === expected;
}

export function judge(
  set: { id: string; format: BarcodeFormat },
  expected: string,
  results: readonly DecodedBarcode[],
): Verdict {
  if (results.length === 0) return 'miss';
  const wanted = set.id.includes('extension') ? expected.slice(0, 13) : expected;
  return results.some((result) => matches(set.format, wanted, result)) ? 'pass' : 'misread';
}
