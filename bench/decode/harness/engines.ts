// Starts the engines the Node side asks for, by id, with the app's own engine modules; an engine
// this browser lacks is reported as unavailable with the reason.

import type { DecoderEngine } from '../../../src/scan/engines/engine.ts';
import { InlineEngine } from '../../../src/scan/engines/inline-engine.ts';
import { createNativeEngine } from '../../../src/scan/engines/native-engine.ts';
import { createZxingJsDecoder } from '../../../src/scan/engines/zxing-js-decoder.ts';
import { createZxingJsEngine } from '../../../src/scan/engines/zxing-js-engine.ts';
import { ZXING_JS_FORMATS } from '../../../src/scan/engines/zxing-js-result.ts';
import { createZxingWasmDecoder } from '../../../src/scan/engines/zxing-wasm-decoder.ts';
import { createZxingWasmEngine } from '../../../src/scan/engines/zxing-wasm-engine.ts';
import { ZXING_WASM_FORMATS } from '../../../src/scan/engines/zxing-wasm-formats.ts';
import type { EngineSpec, EngineStatus } from '../harness-api.ts';

const engines = new Map<string, DecoderEngine>();

async function start(spec: EngineSpec): Promise<DecoderEngine | null> {
  if (spec.engine === 'native') return createNativeEngine();
  if (spec.engine === 'zxing-wasm') {
    if (!spec.inline) return createZxingWasmEngine(spec.tuning);
    const engine = new InlineEngine(
      'zxing-wasm',
      ZXING_WASM_FORMATS,
      createZxingWasmDecoder(),
      spec.tuning,
    );
    await engine.ready;
    return engine;
  }
  return spec.inline
    ? new InlineEngine('zxing-js', ZXING_JS_FORMATS, createZxingJsDecoder())
    : createZxingJsEngine();
}

export async function startEngines(specs: EngineSpec[]): Promise<EngineStatus[]> {
  const statuses: EngineStatus[] = [];
  for (const spec of specs) {
    const t0 = performance.now();
    try {
      const engine = await start(spec);
      const startMs = performance.now() - t0;
      if (engine) engines.set(spec.id, engine);
      statuses.push(
        engine
          ? { id: spec.id, available: true, formats: [...engine.formats], startMs }
          : { id: spec.id, available: false, reason: 'not in this browser', formats: [] },
      );
    } catch (error) {
      statuses.push({ id: spec.id, available: false, reason: String(error), formats: [] });
    }
  }
  return statuses;
}

export function engine(id: string): DecoderEngine {
  const found = engines.get(id);
  if (!found) throw new Error(`engine ${id} not started`);
  return found;
}

export function disposeEngines(): void {
  for (const started of engines.values()) started.dispose();
  engines.clear();
}
