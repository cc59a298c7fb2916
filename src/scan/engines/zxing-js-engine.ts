// Starts the @zxing/library worker: the last fallback, for devices with neither BarcodeDetector
// nor WebAssembly (e.g. browsers with JIT/WebAssembly disabled by policy or lockdown modes).

import { WorkerEngine } from './worker-engine.ts';
import { ZXING_JS_FORMATS } from './zxing-js-result.ts';

export async function createZxingJsEngine(): Promise<WorkerEngine> {
  const worker = new Worker(new URL('./zxing-js.worker.ts', import.meta.url), {
    type: 'module',
    name: 'zxing-js',
  });
  const engine = new WorkerEngine('zxing-js', ZXING_JS_FORMATS, worker);
  try {
    await engine.ready;
  } catch (error) {
    engine.dispose();
    throw error;
  }
  return engine;
}
