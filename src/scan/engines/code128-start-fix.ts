// @zxing/library 0.23's Code128Reader.findStartPattern shrinks its six counters to four the first
// time its window slides (`counters = counters.slice(2)`). Any dark pixel left of the quiet zone
// (in a camera frame: always) then makes START C read as START B, which share their first four
// widths, and the symbol fails its checksum: most GS1-128 labels are lost. This installs ZXing
// Java's version of the function (Apache-2.0) in its place.

import { type BitArray, Code128Reader, NotFoundException, OneDReader } from '@zxing/library';

// The port declares these private/protected; they are plain static properties at run time.
const code128 = Code128Reader as unknown as {
  findStartPattern(row: BitArray): Int32Array;
  CODE_PATTERNS: Int32Array[];
  MAX_AVG_VARIANCE: number;
  MAX_INDIVIDUAL_VARIANCE: number;
};
const oneD = OneDReader as unknown as {
  patternMatchVariance(counters: Int32Array, pattern: Int32Array, maxVariance: number): number;
};

const START_CODES = [103, 104, 105];

function bestStartCode(counters: Int32Array): number {
  let best = code128.MAX_AVG_VARIANCE;
  let match = -1;
  for (const code of START_CODES) {
    const pattern = code128.CODE_PATTERNS[code]!;
    const variance = oneD.patternMatchVariance(counters, pattern, code128.MAX_INDIVIDUAL_VARIANCE);
    if (variance < best) [best, match] = [variance, code];
  }
  return match;
}

function findStartPattern(row: BitArray): Int32Array {
  const width = row.getSize();
  const rowOffset = row.getNextSet(0);
  const counters = new Int32Array(6);
  let position = 0;
  let patternStart = rowOffset;
  let isWhite = false;
  for (let i = rowOffset; i < width; i++) {
    if (row.get(i) !== isWhite) {
      counters[position]!++;
      continue;
    }
    if (position === counters.length - 1) {
      const code = bestStartCode(counters);
      // Whitespace before the start pattern, at least half its width.
      const quietStart = Math.max(0, patternStart - Math.trunc((i - patternStart) / 2));
      if (code >= 0 && row.isRange(quietStart, patternStart, false)) {
        return Int32Array.from([patternStart, i, code]);
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
  throw new NotFoundException();
}

/** Idempotent; call before decoding Code 128 with the port. */
export function fixCode128StartPattern(): void {
  code128.findStartPattern = findStartPattern;
}
