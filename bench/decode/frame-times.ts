// Time per frame: synthetic 640x480 and 1280x720 camera frames, empty or with one barcode in the
// middle, through each engine variant; measured in the page from posting the frame to having the
// result (worker engines: including the copy or transfer), reported as median and p95.

import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import type { BarcodeFormat } from '../../src/scan/engines/engine.ts';
import type { DecodeCall, FrameSpec, SyntheticCode, TimingOutcome } from './harness-api.ts';
import { timeDecode } from './harness-client.ts';

export interface TimingVariant {
  id: string;
  call: DecodeCall;
  /** Runs on the page's main thread (blocks the UI for the whole time). */
  mainThread: boolean;
  /** Only at this frame size (e.g. a region of interest sized for 1280x720). */
  onlyWidth?: number;
  roi?: FrameSpec['roi'];
}

interface Content {
  id: string;
  format?: BarcodeFormat;
  code?: (scale: number) => SyntheticCode;
  expected?: string;
}

export const CONTENTS: Content[] = [
  { id: 'none' },
  {
    id: 'ean13',
    format: 'ean13',
    code: (scale) => ({ bcid: 'ean13', text: '4006381333931', scale, height: 18 }),
    expected: '4006381333931',
  },
  {
    id: 'gs1-128',
    format: 'code128',
    code: (scale) => ({
      bcid: 'gs1-128',
      text: '(01)09501101530003(10)LOT42(17)260630',
      scale,
      height: 12,
    }),
    expected: '010950110153000310LOT42\u001d17260630',
  },
  {
    id: 'qrcode',
    format: 'qrcode',
    code: (scale) => ({ bcid: 'qrcode', text: 'https://example.com/item/42', scale: scale * 2 }),
    expected: 'https://example.com/item/42',
  },
  {
    id: 'gs1-datamatrix',
    format: 'datamatrix',
    code: (scale) => ({
      bcid: 'gs1datamatrix',
      text: '(01)09501101530003(17)260630(10)LOT42',
      scale: scale * 2,
    }),
    expected: '01095011015300031726063010LOT42',
  },
];

export const SIZES = [
  { width: 640, height: 480, scale: 2 },
  { width: 1280, height: 720, scale: 3 },
];

/** Sensor-like noise: ±8 grey levels per pixel (amplitude 16). */
const NOISE = 16;

export interface FrameTiming {
  variant: string;
  size: string;
  content: string;
  /** Frame actually decoded (after any region-of-interest crop). */
  frame: string;
  mainThread: boolean;
  median: number;
  p95: number;
  mean: number;
  min: number;
  /**
   * Share of timed repetitions that returned the expected text; null for an empty frame or a
   * format the variant does not ask for.
   */
  decoded: number | null;
  /** 1-minute load average of the machine when the measurement started (2 cores here). */
  load: number;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export function stats(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean,
    min: sorted[0] ?? NaN,
  };
}

function decodedShare(found: string[][], content: Content, call: DecodeCall): number | null {
  const { expected, format } = content;
  if (expected === undefined || (format && call.formats && !call.formats.includes(format))) {
    return null;
  }
  return found.filter((texts) => texts.includes(expected)).length / found.length;
}

export async function measureFrameTimes(
  page: Page,
  variants: TimingVariant[],
  options: { reps: number; warmup: number; onResult?(timing: FrameTiming): void },
): Promise<FrameTiming[]> {
  const timings: FrameTiming[] = [];
  for (const size of SIZES) {
    const mine = variants.filter((v) => !v.onlyWidth || v.onlyWidth === size.width);
    for (const content of CONTENTS) {
      const frames = mine.map((variant): FrameSpec => ({
        width: size.width,
        height: size.height,
        seed: 42,
        noise: NOISE,
        code: content.code?.(size.scale),
        roi: variant.roi,
      }));
      const load = loadavg()[0] ?? NaN;
      const outcome: TimingOutcome = await timeDecode(page, {
        frames,
        calls: mine.map((v) => v.call),
        warmup: options.warmup,
        reps: options.reps,
      });
      mine.forEach((variant, i) => {
        const frame = outcome.frames[i]!;
        const timing: FrameTiming = {
          variant: variant.id,
          size: `${size.width}x${size.height}`,
          content: content.id,
          frame: `${frame.width}x${frame.height}`,
          mainThread: variant.mainThread,
          ...stats(outcome.ms[i]!),
          decoded: decodedShare(outcome.found[i]!, content, variant.call),
          load,
        };
        timings.push(timing);
        options.onResult?.(timing);
      });
    }
  }
  return timings;
}
