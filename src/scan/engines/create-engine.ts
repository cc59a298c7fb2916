// Picks and starts a decoder engine. Load this module with `await import(...)` when the camera
// opens: each engine's code (and zxing-wasm's .wasm) is imported only when that engine is tried.

import type { BarcodeFormat, DecoderEngine, EngineName } from './engine.ts';
import type { DecoderTuning } from './worker-protocol.ts';

/**
 * zxing-wasm first: in bench/results/decode.json it meets ZXing's required pass counts where
 * @zxing/library does not, decodes a 1280x720 frame in a few ms off the main thread, and keeps
 * GS1 separators and symbology identifiers. Native second: it cannot be measured on the
 * desktop Linux Chromium that runs the benchmark, and platforms differ in how it reports GS1.
 */
export const DEFAULT_ENGINE_ORDER: readonly EngineName[] = ['zxing-wasm', 'native', 'zxing-js'];

/**
 * zxing-wasm settings chosen from the benchmark (see docs/decoders.md): tryRotate, because its
 * fast Data Matrix detector misses every symbol not near 0° without it, for about 1 ms a frame.
 */
export const ZXING_WASM_TUNING: DecoderTuning = {
  tryDownscale: true,
  maxSymbols: 255,
  tryRotate: true,
};

const start: Record<EngineName, () => Promise<DecoderEngine | null>> = {
  native: async () => (await import('./native-engine.ts')).createNativeEngine(),
  'zxing-wasm': async () =>
    (await import('./zxing-wasm-engine.ts')).createZxingWasmEngine(ZXING_WASM_TUNING),
  'zxing-js': async () => (await import('./zxing-js-engine.ts')).createZxingJsEngine(),
};

export interface CreateEngineOptions {
  /** Formats the screen needs; an engine that lacks some is used only if none has them all. */
  formats?: readonly BarcodeFormat[];
  /** Overrides DEFAULT_ENGINE_ORDER (the preferred engine is still tried first). */
  order?: readonly EngineName[];
}

const missing = (engine: DecoderEngine, formats: readonly BarcodeFormat[]): number =>
  formats.filter((format) => !engine.formats.includes(format)).length;

/**
 * Starts the first engine in order that is available and decodes every requested format,
 * falling back to the available one that lacks the fewest. Rejects when none starts.
 */
export async function createEngine(
  preferred?: EngineName,
  options: CreateEngineOptions = {},
): Promise<DecoderEngine> {
  const order = new Set([
    ...(preferred ? [preferred] : []),
    ...(options.order ?? DEFAULT_ENGINE_ORDER),
  ]);
  const wanted = options.formats ?? [];
  const partial: DecoderEngine[] = [];
  const reasons: string[] = [];
  for (const name of order) {
    let engine: DecoderEngine | null;
    try {
      engine = await start[name]();
    } catch (error) {
      reasons.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!engine) {
      reasons.push(`${name}: not available on this device`);
    } else if (missing(engine, wanted) === 0) {
      for (const other of partial) other.dispose();
      return engine;
    } else {
      partial.push(engine);
    }
  }
  const [best, ...rest] = partial.sort((a, b) => missing(a, wanted) - missing(b, wanted));
  for (const other of rest) other.dispose();
  if (best) return best;
  throw new Error(`No barcode decoder could start (${reasons.join('; ')})`);
}
