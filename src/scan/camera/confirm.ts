// The confirmation rule: a camera read that could name the wrong item is not emitted on one
// weak sighting. EAN/UPC, ITF and Code 39 carry at most a mod-10 check (Code 39 none), so a
// smudged bar can turn one label into another valid number; 2D codes and Code 128 have strong
// checks and go out at once.
import type { BarcodeFormat, DecodedBarcode } from '../engines/engine.ts';

export const WEAK_CHECK_FORMATS: ReadonlySet<BarcodeFormat> = new Set([
  'upce',
  'ean8',
  'upca',
  'ean13',
  'itf',
  'code39',
]);

/** zxing-cpp's scan lines that agreed within one frame: three is as good as two frames. */
export const TRUSTED_LINE_COUNT = 3;
/** Two sightings further apart than this are two different moments, not one label held still. */
export const AGREE_WITHIN_MS = 1000;

const keyOf = (b: DecodedBarcode) => `${b.format}\u0000${b.text}`;

export class ReadConfirmer {
  /** Weak reads seen once: key → frame number and time of the last sighting. */
  private readonly pending = new Map<string, { frame: number; at: number }>();
  private frame = 0;

  /**
   * Takes every read of one frame; returns the first that is trustworthy now, or null. A weak
   * read is trusted when enough scan lines agreed in this frame, or the same format and text
   * was seen in an earlier frame within AGREE_WITHIN_MS.
   */
  take(found: readonly DecodedBarcode[], at: number): DecodedBarcode | null {
    const frame = ++this.frame;
    for (const [key, seen] of this.pending) {
      if (at - seen.at > AGREE_WITHIN_MS) this.pending.delete(key);
    }
    let confirmed: DecodedBarcode | null = null;
    for (const read of found) {
      if (!WEAK_CHECK_FORMATS.has(read.format) || (read.lineCount ?? 0) >= TRUSTED_LINE_COUNT) {
        confirmed ??= read;
        continue;
      }
      const key = keyOf(read);
      const seen = this.pending.get(key);
      if (seen && seen.frame < frame) confirmed ??= read;
      this.pending.set(key, { frame, at });
    }
    return confirmed;
  }

  /** True while a weak read waits for its second frame: worth looking again soon. */
  get waiting(): boolean {
    return this.pending.size > 0;
  }
}
