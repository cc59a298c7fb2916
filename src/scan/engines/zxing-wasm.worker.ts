// Worker entry point: zxing-wasm decodes here, off the main thread.

import { serveDecoder } from './worker-host.ts';
import { createZxingWasmDecoder } from './zxing-wasm-decoder.ts';

serveDecoder(createZxingWasmDecoder());
