// A UPC-E row reader for @zxing/library, whose own UPCEReader never returns a result (0.23:
// decodeMiddle drops the digits, and the shared decodeRow checks the EAN end guard and checksum;
// zxing-js/library#573). Ported from ZXing Java's UPCEReader/UPCEANReader (Apache-2.0), plus
// proofs Java leaves to its EAN-first reader order: a run of bars inside a Data Matrix, an ITF or
// half an EAN-8 matched its loose patterns one time in ten with a fitting check digit (issue
// #19). A UPC-E is reported only when the whole symbol has UPC-E's geometry (51 modules: every
// digit 7, the guards 3 and 6), every bar and space of each digit rounds to its pattern's
// modules, and two scan rows of the image agree on it.

import {
  BarcodeFormat,
  type BinaryBitmap,
  type BitArray,
  type DecodeHintType,
  ChecksumException,
  NotFoundException,
  OneDReader,
  Result,
  ResultPoint,
} from '@zxing/library';
import { upceToUpca } from './upce-expand.ts';

/** Start and end (exclusive) of a guard pattern in a row. */
type Range = [number, number];

/** Start guard 3 modules, six digits of 7, end guard 6. */
const SYMBOL_MODULES = 51;
/** Scan rows of one image that must give the same digits (zxing-cpp's minLineCount is 2). */
const AGREEING_ROWS = 2;
/** How far one part may stray from its width in modules of the whole symbol. */
const WIDTH_TOLERANCE = 0.2;
const MAX_AVG_VARIANCE = 0.48;
const MAX_INDIVIDUAL_VARIANCE = 0.7;
const START_PATTERN = Int32Array.from([1, 1, 1]);
const END_PATTERN = Int32Array.from([1, 1, 1, 1, 1, 1]);
const L_PATTERNS = [
  [3, 2, 1, 1],
  [2, 2, 2, 1],
  [2, 1, 2, 2],
  [1, 4, 1, 1],
  [1, 1, 3, 2],
  [1, 2, 3, 1],
  [1, 1, 1, 4],
  [1, 3, 1, 2],
  [1, 2, 1, 3],
  [3, 1, 1, 2],
];
// Digits 0-9 in odd parity (L), then 10-19 in even parity (G = L mirrored).
const L_AND_G_PATTERNS = [...L_PATTERNS, ...L_PATTERNS.map((p) => [...p].reverse())].map((p) =>
  Int32Array.from(p),
);
// The parity of the six digits encodes the number system (0/1) and the check digit.
const NUMSYS_AND_CHECK_PARITIES = [
  [0x38, 0x34, 0x32, 0x31, 0x2c, 0x26, 0x23, 0x2a, 0x29, 0x25],
  [0x07, 0x0b, 0x0d, 0x0e, 0x13, 0x19, 0x1c, 0x15, 0x16, 0x1a],
];

const hasValidCheckDigit = (digits: string): boolean => {
  let sum = 0;
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (digits.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - 48;
};

const near = (width: number, modules: number, unit: number) =>
  Math.abs(width - modules * unit) <= modules * unit * WIDTH_TOLERANCE;

/** Every part of the candidate as wide as UPC-E's modules say, measured on the whole symbol. */
const hasUpceGeometry = (start: Range, digitWidths: readonly number[], end: Range): boolean => {
  const unit = (end[1] - start[0]) / SYMBOL_MODULES;
  return (
    near(start[1] - start[0], 3, unit) &&
    near(end[1] - end[0], 6, unit) &&
    digitWidths.every((w) => near(w, 7, unit))
  );
};

/** Each bar and space of the digit, in modules of the digit itself, is the pattern's width. */
const exactModules = (counters: Int32Array, width: number, pattern: Int32Array): boolean =>
  pattern.every((modules, i) => Math.round((counters[i]! * 7) / width) === modules);

export class UpceReader extends OneDReader {
  private readonly counters = new Int32Array(4);
  /** Texts found on a row of the current image, with that row: a second row must agree. */
  private readonly rows = new Map<string, Set<number>>();

  override decode(image: BinaryBitmap, hints?: Map<DecodeHintType, unknown>): Result {
    this.rows.clear();
    return super.decode(image, hints);
  }

  override reset(): void {
    this.rows.clear();
  }

  override decodeRow(rowNumber: number, row: BitArray): Result {
    const start = this.findStartGuard(row);
    let offset = start[1];
    let digits = '';
    let parities = 0;
    const digitWidths: number[] = [];
    for (let x = 0; x < 6 && offset < row.getSize(); x++) {
      const match = this.decodeDigit(row, offset);
      digits += String(match % 10);
      let width = 0;
      for (const w of this.counters) width += w;
      if (!exactModules(this.counters, width, L_AND_G_PATTERNS[match]!)) {
        throw NotFoundException.getNotFoundInstance();
      }
      digitWidths.push(width);
      offset += width;
      if (match >= 10) parities |= 1 << (5 - x);
    }
    if (digits.length < 6) throw NotFoundException.getNotFoundInstance();
    const end = UpceReader.findGuard(row, offset, true, END_PATTERN);
    if (!hasUpceGeometry(start, digitWidths, end)) throw NotFoundException.getNotFoundInstance();
    // A quiet zone at least as wide as the end guard, as in UPCEANReader.decodeRow.
    const quietEnd = end[1] + (end[1] - end[0]);
    if (quietEnd >= row.getSize() || !row.isRange(end[1], quietEnd, false)) {
      throw NotFoundException.getNotFoundInstance();
    }
    const text = UpceReader.withNumSysAndCheckDigit(digits, parities);
    if (!hasValidCheckDigit(upceToUpca(text))) throw ChecksumException.getChecksumInstance();
    // One row can be a coincidence; the same digits on another row of the image are a symbol.
    const rows = this.rows.get(text) ?? new Set<number>();
    rows.add(rowNumber);
    this.rows.set(text, rows);
    if (rows.size < AGREEING_ROWS) throw NotFoundException.getNotFoundInstance();
    const points = [
      new ResultPoint((start[0] + start[1]) / 2, rowNumber),
      new ResultPoint((end[0] + end[1]) / 2, rowNumber),
    ];
    return new Result(text, new Uint8Array(0), 0, points, BarcodeFormat.UPC_E, Date.now());
  }

  private findStartGuard(row: BitArray): Range {
    let next = 0;
    for (;;) {
      const range = UpceReader.findGuard(row, next, false, START_PATTERN);
      next = range[1];
      const quietStart = range[0] - (range[1] - range[0]);
      if (quietStart >= 0 && row.isRange(quietStart, range[0], false)) return range;
    }
  }

  private decodeDigit(row: BitArray, offset: number): number {
    OneDReader.recordPattern(row, offset, this.counters);
    let best = MAX_AVG_VARIANCE;
    let match = -1;
    L_AND_G_PATTERNS.forEach((pattern, i) => {
      const variance = OneDReader.patternMatchVariance(
        this.counters,
        pattern,
        MAX_INDIVIDUAL_VARIANCE,
      );
      if (variance < best) [best, match] = [variance, i];
    });
    if (match < 0) throw NotFoundException.getNotFoundInstance();
    return match;
  }

  private static findGuard(
    row: BitArray,
    from: number,
    whiteFirst: boolean,
    pattern: Int32Array,
  ): Range {
    const counters = new Int32Array(pattern.length);
    const width = row.getSize();
    const begin = whiteFirst ? row.getNextUnset(from) : row.getNextSet(from);
    let position = 0;
    let patternStart = begin;
    let isWhite = whiteFirst;
    for (let x = begin; x < width; x++) {
      if (row.get(x) !== isWhite) {
        counters[position]!++;
        continue;
      }
      if (position === pattern.length - 1) {
        if (
          OneDReader.patternMatchVariance(counters, pattern, MAX_INDIVIDUAL_VARIANCE) <
          MAX_AVG_VARIANCE
        ) {
          return [patternStart, x];
        }
        patternStart += counters[0]! + counters[1]!;
        counters.copyWithin(0, 2);
        counters[position - 1] = 0;
        counters[position] = 0;
        position--;
      } else {
        position++;
      }
      counters[position] = 1;
      isWhite = !isWhite;
    }
    throw NotFoundException.getNotFoundInstance();
  }

  private static withNumSysAndCheckDigit(digits: string, parities: number): string {
    for (let numSys = 0; numSys <= 1; numSys++) {
      const check = NUMSYS_AND_CHECK_PARITIES[numSys]!.indexOf(parities);
      if (check >= 0) return `${numSys}${digits}${check}`;
    }
    throw NotFoundException.getNotFoundInstance();
  }
}
