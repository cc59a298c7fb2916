// Messages between a decoder worker and its WorkerEngine. Pixels travel as a bare
// Uint8ClampedArray rather than an ImageData, because Chromium serialises ImageData by copying
// even when its buffer is in the transfer list.

import type { BarcodeFormat, DecodedBarcode } from './engine.ts';

/** Engine-specific knobs fixed for the worker's lifetime (sent once, before any frame). */
export interface DecoderTuning {
  /** zxing-wasm: also scan downscaled copies of large frames (finds big, blurry codes). */
  tryDownscale?: boolean;
  /** zxing-wasm: stop after this many symbols (0 = no limit). */
  maxSymbols?: number;
  /**
   * zxing-wasm, when not trying harder: also look for 1D codes held upright and for Data Matrix
   * at any orientation (its fast Data Matrix detector only finds symbols near 0°).
   */
  tryRotate?: boolean;
}

export interface FrameRequest {
  kind: 'decode';
  id: number;
  width: number;
  height: number;
  pixels: Uint8ClampedArray<ArrayBuffer>;
  formats?: readonly BarcodeFormat[];
  tryHarder: boolean;
}

export type ToWorker = { kind: 'init'; tuning: DecoderTuning } | FrameRequest;

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'init-failed'; error: string }
  | { kind: 'decoded'; id: number; results: DecodedBarcode[] }
  | { kind: 'failed'; id: number; error: string };

/** What a worker entry point supplies: the same shape runs in a worker or on the main thread. */
export interface FrameDecoder {
  init(tuning: DecoderTuning): Promise<void>;
  decode(
    frame: ImageData,
    formats: readonly BarcodeFormat[] | undefined,
    tryHarder: boolean,
  ): Promise<DecodedBarcode[]>;
}
