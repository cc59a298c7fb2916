// Which decode each camera frame gets. Most frames: the fast profile on the box. Once a cycle:
// a fast 1D-only decode of the wide band (long labels that spill out of the box), and a
// tryHarder decode of the box (hard labels: a single tryHarder frame reads far more of them).
// The cycle stretches on a slow device so tryHarder never takes more than its share of time.
import type { BarcodeFormat } from '../engines/engine.ts';

export type FramePlan = { region: 'box' | 'band'; tryHarder: boolean };

export const LINEAR_FORMATS: readonly BarcodeFormat[] = [
  'ean13',
  'ean8',
  'upca',
  'upce',
  'code128',
  'code39',
  'itf',
  'databar',
  'databar-expanded',
  'databar-limited',
];

/** The shortest cycle: a tryHarder decode every 5th frame. */
export const MIN_PERIOD = 5;
const MAX_PERIOD = 30;
/** tryHarder's share of the decode time budget (frame interval × cycle). */
const HARD_SHARE = 0.3;

export class DecodeCadence {
  private frame = 0;
  /** Smoothed time of a tryHarder decode, ms; unknown until the first one. */
  private hardMs: number | null = null;

  constructor(private readonly frameMs: number) {}

  /** Frames per cycle: tryHarder costs at most HARD_SHARE of the cycle's frame time. */
  get period(): number {
    if (this.hardMs === null) return MIN_PERIOD;
    const needed = Math.ceil(this.hardMs / (HARD_SHARE * this.frameMs));
    return Math.min(MAX_PERIOD, Math.max(MIN_PERIOD, needed));
  }

  /** The plan for the next frame; `linear` says whether the step expects any 1D format. */
  next(linear: boolean): FramePlan {
    const i = this.frame++ % this.period;
    if (i === this.period - 1) return { region: 'box', tryHarder: true };
    if (i === 2 && linear) return { region: 'band', tryHarder: false };
    return { region: 'box', tryHarder: false };
  }

  /** How long the decode of a plan took, to adapt the cycle to the device. */
  took(plan: FramePlan, ms: number): void {
    if (!plan.tryHarder) return;
    this.hardMs = this.hardMs === null ? ms : 0.7 * this.hardMs + 0.3 * ms;
  }
}

/** The band is decoded for 1D formats only: 2D codes are found in the box. */
export function bandFormats(formats: readonly BarcodeFormat[] | undefined): BarcodeFormat[] {
  return (formats ?? LINEAR_FORMATS).filter((f) => LINEAR_FORMATS.includes(f));
}
