// The camera's confirmation rule (issue #19): a weak-check 1D read names an item only after a
// second frame agrees or zxing-cpp saw it on enough scan lines; strong codes go out at once.
import { describe, expect, it } from 'vitest';
import {
  AGREE_WITHIN_MS,
  ReadConfirmer,
  TRUSTED_LINE_COUNT,
} from '../../../src/scan/camera/confirm.ts';
import type { BarcodeFormat, DecodedBarcode } from '../../../src/scan/engines/engine.ts';

const read = (format: BarcodeFormat, text: string, lineCount?: number): DecodedBarcode => ({
  text,
  format,
  ...(lineCount === undefined ? {} : { lineCount }),
});

describe('weak-check 1D reads', () => {
  it.each(['upce', 'ean8', 'upca', 'ean13', 'itf', 'code39'] as const)(
    '%s on one frame with two scan lines waits for a second frame',
    (format) => {
      const c = new ReadConfirmer();
      expect(c.take([read(format, '01234565', 2)], 0)).toBeNull();
      expect(c.waiting).toBe(true);
      expect(c.take([read(format, '01234565', 2)], 66)).toEqual(read(format, '01234565', 2));
    },
  );

  it('a misread that no other frame repeats is never emitted', () => {
    const c = new ReadConfirmer();
    // The case: a UPC-E decoded once as another valid 8-digit number, then right.
    expect(c.take([read('upce', '04252614', 2)], 0)).toBeNull();
    expect(c.take([read('upce', '01234565', 2)], 66)).toBeNull();
    expect(c.take([read('upce', '01234565', 2)], 132)).toEqual(read('upce', '01234565', 2));
  });

  it('the same text in another format does not confirm', () => {
    const c = new ReadConfirmer();
    expect(c.take([read('ean8', '01234565')], 0)).toBeNull();
    expect(c.take([read('upce', '01234565')], 66)).toBeNull();
  });

  it('two reads in one frame are not two frames', () => {
    const c = new ReadConfirmer();
    expect(c.take([read('itf', '12345678901231'), read('itf', '12345678901231')], 0)).toBeNull();
  });

  it('sightings further apart than the window do not agree', () => {
    const c = new ReadConfirmer();
    expect(c.take([read('upca', '036000291452')], 0)).toBeNull();
    expect(c.take([], 500)).toBeNull();
    expect(c.take([read('upca', '036000291452')], AGREE_WITHIN_MS + 1)).toBeNull();
    expect(c.take([read('upca', '036000291452')], AGREE_WITHIN_MS + 67)).not.toBeNull();
  });

  it(`${TRUSTED_LINE_COUNT} agreeing scan lines in one frame are trusted at once`, () => {
    const c = new ReadConfirmer();
    expect(c.take([read('upce', '01234565', TRUSTED_LINE_COUNT)], 0)).not.toBeNull();
    expect(c.waiting).toBe(false);
  });

  it('an engine that reports no line count (native, zxing-js) always needs two frames', () => {
    const c = new ReadConfirmer();
    expect(c.take([read('ean13', '4006381333931')], 0)).toBeNull();
    expect(c.take([read('ean13', '4006381333931')], 34)).not.toBeNull();
  });
});

describe('strong-check codes', () => {
  it.each(['code128', 'qrcode', 'datamatrix', 'databar', 'databar-expanded'] as const)(
    '%s is emitted on its first frame',
    (format) => {
      const c = new ReadConfirmer();
      expect(c.take([read(format, 'X')], 0)).toEqual(read(format, 'X'));
    },
  );

  it('a strong read in the frame wins over a pending weak one, in frame order', () => {
    const c = new ReadConfirmer();
    const qr = read('qrcode', 'https://id.gs1.org/01/09501101530003');
    expect(c.take([read('ean8', '96385074'), qr], 0)).toEqual(qr);
  });
});

describe('cost on a clean label (frames until the first emit)', () => {
  const framesToEmit = (reads: DecodedBarcode[][], ms: number) => {
    const c = new ReadConfirmer();
    for (let i = 0; i < reads.length; i++) if (c.take(reads[i]!, i * ms)) return i + 1;
    return Infinity;
  };
  it('zxing-wasm on a clean UPC-E (many agreeing lines): first frame, as before', () => {
    expect(framesToEmit([[read('upce', '01234565', 12)]], 66)).toBe(1);
  });
  it('an engine without line counts: the second frame, one camera frame (34 ms) later', () => {
    expect(framesToEmit([[read('upce', '01234565')], [read('upce', '01234565')]], 34)).toBe(2);
  });
});
