// What the decode benchmark runs: the engine instances it starts in the page, the variants whose
// decode rates it measures on the corpus, and the option sets it times per frame. "zxing-wasm"
// is always the app's own configuration (ZXING_WASM_TUNING); the others differ in one setting.

import { ZXING_WASM_TUNING } from '../../src/scan/engines/create-engine.ts';
import type { BarcodeFormat } from '../../src/scan/engines/engine.ts';
import type { FrameTiming, TimingVariant } from './frame-times.ts';
import type { EngineSpec, EngineStatus } from './harness-api.ts';
import type { RateVariant } from './rates.ts';

const tuning = ZXING_WASM_TUNING;

export const ENGINES: EngineSpec[] = [
  { id: 'native', engine: 'native' },
  { id: 'zxing-wasm', engine: 'zxing-wasm', tuning },
  { id: 'zxing-wasm/no-rotate', engine: 'zxing-wasm', tuning: { ...tuning, tryRotate: false } },
  {
    id: 'zxing-wasm/no-downscale',
    engine: 'zxing-wasm',
    tuning: { ...tuning, tryDownscale: false },
  },
  { id: 'zxing-wasm/main-thread', engine: 'zxing-wasm', inline: true, tuning },
  { id: 'zxing-js', engine: 'zxing-js' },
  { id: 'zxing-js/main-thread', engine: 'zxing-js', inline: true },
];

/** Rates are measured with each engine as the app runs it (in its worker, all its formats). */
export const RATE_VARIANTS: RateVariant[] = [
  { id: 'native', engine: 'native', engineName: 'native', tryHarder: false },
  { id: 'zxing-wasm fast', engine: 'zxing-wasm', engineName: 'zxing-wasm', tryHarder: false },
  {
    id: 'zxing-wasm fast, no rotate',
    engine: 'zxing-wasm/no-rotate',
    engineName: 'zxing-wasm',
    tryHarder: false,
  },
  { id: 'zxing-wasm tryHarder', engine: 'zxing-wasm', engineName: 'zxing-wasm', tryHarder: true },
  { id: 'zxing-js fast', engine: 'zxing-js', engineName: 'zxing-js', tryHarder: false },
  { id: 'zxing-js tryHarder', engine: 'zxing-js', engineName: 'zxing-js', tryHarder: true },
];

/** What a receiving screen reads: retail GTINs, GS1-128 case labels, GS1 DataMatrix. */
export const RECEIVING_FORMATS: BarcodeFormat[] = [
  'ean13',
  'upca',
  'upce',
  'code128',
  'datamatrix',
];

/** A centred band, 70% x 50% of a 1280x720 frame (896x360): what the camera guide shows. */
const ROI = { width: 0.7, height: 0.5 };

const worker = { mainThread: false };
const fast = { tryHarder: false };
const moved = { tryHarder: false, transfer: true };
const receiving = { ...moved, formats: RECEIVING_FORMATS };

export const TIMING_VARIANTS: TimingVariant[] = [
  { id: 'native', call: { engine: 'native', ...fast }, ...worker },
  {
    id: 'zxing-wasm tryHarder, all formats, copy',
    call: { engine: 'zxing-wasm', tryHarder: true },
    ...worker,
  },
  { id: 'zxing-wasm fast, all formats, copy', call: { engine: 'zxing-wasm', ...fast }, ...worker },
  {
    id: 'zxing-wasm fast, all formats, transfer',
    call: { engine: 'zxing-wasm', ...moved },
    ...worker,
  },
  {
    id: 'zxing-wasm fast, no rotate, all formats, transfer',
    call: { engine: 'zxing-wasm/no-rotate', ...moved },
    ...worker,
  },
  {
    id: 'zxing-wasm fast, no downscale, all formats, transfer',
    call: { engine: 'zxing-wasm/no-downscale', ...moved },
    ...worker,
  },
  {
    id: 'zxing-wasm fast, receiving formats, transfer',
    call: { engine: 'zxing-wasm', ...receiving },
    ...worker,
  },
  {
    id: 'zxing-wasm fast, all formats, transfer, ROI 70%x50%',
    call: { engine: 'zxing-wasm', ...moved },
    ...worker,
    onlyWidth: 1280,
    roi: ROI,
  },
  {
    id: 'zxing-wasm fast, receiving formats, transfer, ROI 70%x50%',
    call: { engine: 'zxing-wasm', ...receiving },
    ...worker,
    onlyWidth: 1280,
    roi: ROI,
  },
  {
    id: 'zxing-wasm tryHarder, receiving formats, transfer, ROI 70%x50%',
    call: { engine: 'zxing-wasm', ...receiving, tryHarder: true },
    ...worker,
    onlyWidth: 1280,
    roi: ROI,
  },
  {
    id: 'zxing-wasm fast, all formats, main thread',
    call: { engine: 'zxing-wasm/main-thread', ...fast },
    mainThread: true,
  },
  { id: 'zxing-js fast, all formats, transfer', call: { engine: 'zxing-js', ...moved }, ...worker },
  {
    id: 'zxing-js tryHarder, all formats, transfer',
    call: { engine: 'zxing-js', tryHarder: true, transfer: true },
    ...worker,
  },
  {
    id: 'zxing-js fast, all formats, main thread',
    call: { engine: 'zxing-js/main-thread', ...fast },
    mainThread: true,
  },
];

export const available = (statuses: EngineStatus[], engine: string): boolean =>
  statuses.some((s) => s.id === engine && s.available);

/**
 * Off-main-thread variants that keep every 1280x720 frame (empty or not) under the budget at the
 * median and p95, and read every barcode they were asked for in every repetition.
 */
export function underBudget(timings: FrameTiming[], budgetMs: number): string[] {
  const hd = timings.filter((t) => t.size === '1280x720' && !t.mainThread);
  const variants = [...new Set(hd.map((t) => t.variant))];
  return variants.filter((variant) =>
    hd
      .filter((t) => t.variant === variant)
      .every((t) => t.median < budgetMs && t.p95 < budgetMs && (t.decoded ?? 1) === 1),
  );
}
