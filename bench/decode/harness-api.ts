// The contract between the Node side of the decode benchmark and its harness page: plain,
// serialisable data, since every call crosses page.evaluate.

import type { BarcodeFormat, DecodedBarcode, EngineName } from '../../src/scan/engines/engine.ts';
import type { DecoderTuning } from '../../src/scan/engines/worker-protocol.ts';

/** One engine instance in the page; `inline` runs it on the page's main thread. */
export interface EngineSpec {
  id: string;
  engine: EngineName;
  inline?: boolean;
  tuning?: DecoderTuning;
}

export interface EngineStatus {
  id: string;
  available: boolean;
  reason?: string;
  formats: BarcodeFormat[];
  /** Time to start the engine (worker + .wasm compile), in ms. */
  startMs?: number;
}

export interface DecodeCall {
  engine: string;
  tryHarder: boolean;
  formats?: BarcodeFormat[];
  transfer?: boolean;
}

export interface CallOutcome {
  results: DecodedBarcode[];
  ms: number;
  error?: string;
}

export interface ImageOutcome {
  rotation: number;
  /** Aligned with the calls of the request. */
  calls: CallOutcome[];
}

/** A barcode drawn with bwip-js: `bcid` and `text` as bwip-js takes them. */
export interface SyntheticCode {
  bcid: string;
  text: string;
  scale: number;
  height?: number;
}

export interface FrameSpec {
  width: number;
  height: number;
  code?: SyntheticCode;
  seed: number;
  /** Amplitude of the per-pixel grey noise (default 48, i.e. ±24). */
  noise?: number;
  /** Crop to this centred fraction of the frame (a region of interest), after drawing. */
  roi?: { width: number; height: number };
}

/**
 * Timed decodes of synthetic frames, interleaved: each repetition runs every call once, so load
 * from elsewhere on a shared machine falls on all calls alike.
 */
export interface TimingRequest {
  /** The frame each call decodes (calls may crop differently). */
  frames: FrameSpec[];
  calls: DecodeCall[];
  warmup: number;
  reps: number;
}

export interface TimingOutcome {
  /** Per call: the time of each timed repetition. */
  ms: number[][];
  /** Per call and repetition: the texts decoded (to check the frame was actually read). */
  found: string[][][];
  /** Per call: the size of the frame it decoded. */
  frames: { width: number; height: number }[];
}

export interface HarnessApi {
  startEngines(specs: EngineSpec[]): Promise<EngineStatus[]>;
  /** Which engine createEngine() picks here, and how long it took to start. */
  factoryPick(): Promise<{ name: string; ms: number }>;
  decodeImage(url: string, rotations: number[], calls: DecodeCall[]): Promise<ImageOutcome[]>;
  decodeSynthetic(frame: FrameSpec, calls: DecodeCall[]): Promise<CallOutcome[]>;
  timeDecode(request: TimingRequest): Promise<TimingOutcome>;
  /** drawImage + getImageData of a frame-sized canvas: what grabbing a video frame costs. */
  timeFrameGrab(width: number, height: number, reps: number): Promise<number[]>;
  disposeEngines(): void;
}
