// Starts the zxing-wasm worker. Only this small module sits on the main thread; zxing-wasm and its
// .wasm load inside the worker.

import type { DecoderTuning } from './worker-protocol.ts';
import { WorkerEngine } from './worker-engine.ts';
import { ZXING_WASM_FORMATS } from './zxing-wasm-formats.ts';

/** Resolves once the .wasm is compiled, so a failure (no WebAssembly, not cached) shows here. */
export async function createZxingWasmEngine(tuning?: DecoderTuning): Promise<WorkerEngine | null> {
  // Disabled by policy (or --js-flags=--noexpose_wasm): not available, the next engine starts.
  if (typeof WebAssembly !== 'object') return null;
  const worker = new Worker(new URL('./zxing-wasm.worker.ts', import.meta.url), {
    type: 'module',
    name: 'zxing-wasm',
  });
  const engine = new WorkerEngine('zxing-wasm', ZXING_WASM_FORMATS, worker, tuning);
  try {
    await engine.ready;
  } catch (error) {
    engine.dispose();
    throw error;
  }
  return engine;
}
