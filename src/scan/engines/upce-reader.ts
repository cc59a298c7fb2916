// A UPC-E row reader for @zxing/library, whose own UPCEReader never returns a result (0.23:
// decodeMiddle drops the digits, and the shared decodeRow checks the EAN end guard and checksum;
// zxing-js/library#573). Ported from ZXing Java's UPCEReader/UPCEANReader (Apache-2.0).

import {
  BarcodeFormat,
  type BitArray,
  ChecksumException,
  NotFoundException,
  OneDReader,
  Result,
  ResultPoint,
} from '@zxing/library';
import { upceToUpca } from './upce-expand.ts';

/** Start and end (exclusive) of a guard pattern in a row. */
type Range = [number, number];

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

export class UpceReader extends OneDReader {
  private readonly counters = new Int32Array(4);

  override decodeRow(rowNumber: number, row: BitArray): Result {
    const start = this.findStartGuard(row);
    let offset = start[1];
    let digits = '';
    let parities = 0;
    for (let x = 0; x < 6 && offset < row.getSize(); x++) {
      const match = this.decodeDigit(row, offset);
      digits += String(match % 10);
      for (const width of this.counters) offset += width;
      if (match >= 10) parities |= 1 << (5 - x);
    }
    if (digits.length < 6) throw NotFoundException.getNotFoundInstance();
    const end = UpceReader.findGuard(row, offset, true, END_PATTERN);
    // A quiet zone at least as wide as the end guard, as in UPCEANReader.decodeRow.
    const quietEnd = end[1] + (end[1] - end[0]);
    if (quietEnd >= row.getSize() || !row.isRange(end[1], quietEnd, false)) {
      throw NotFoundException.getNotFoundInstance();
    }
    const text = UpceReader.withNumSysAndCheckDigit(digits, parities);
    if (!hasValidCheckDigit(upceToUpca(text))) throw ChecksumException.getChecksumInstance();
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
