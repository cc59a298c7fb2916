// Worker entry point: @zxing/library decodes here, off the main thread.

import { serveDecoder } from './worker-host.ts';
import { createZxingJsDecoder } from './zxing-js-decoder.ts';

serveDecoder(createZxingJsDecoder());
