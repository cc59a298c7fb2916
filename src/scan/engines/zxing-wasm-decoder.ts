// zxing-cpp (zxing-wasm's reader build) as a FrameDecoder. The .wasm file is bundled by Vite as a
// local asset and located through `locateFile`, so nothing is fetched from a CDN and the service
// worker can precache it like any other build file.

import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import type { DecodedBarcode } from './engine.ts';
import type { DecoderTuning, FrameDecoder } from './worker-protocol.ts';
import { fromReadResult, toZxingFormats, ZXING_WASM_FORMATS } from './zxing-wasm-formats.ts';

// zxing-cpp's "slow" profile, as its own black-box test runner defines it; "fast" is all three
// off, except tryRotate when the tuning asks for it.
const HARDER = { tryHarder: true, tryRotate: true, tryInvert: true } as const;

export function createZxingWasmDecoder(): FrameDecoder {
  let tuning: Required<DecoderTuning> = { tryDownscale: true, maxSymbols: 255, tryRotate: false };
  return {
    async init(options) {
      tuning = { ...tuning, ...options };
      // Without WebAssembly (disabled by policy) zxing-wasm's module promise never settles.
      if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
      await prepareZXingModule({
        overrides: {
          locateFile: (path: string, prefix: string) =>
            path.endsWith('.wasm') ? wasmUrl : prefix + path,
        },
        fireImmediately: true,
      });
    },
    async decode(frame, formats, tryHarder): Promise<DecodedBarcode[]> {
      const wanted = formats ?? ZXING_WASM_FORMATS;
      const options: ReaderOptions = {
        formats: toZxingFormats(wanted),
        // Plain: raw bytes as text, so GS1 FNC1 separators arrive as GS (0x1D), not as "<GS>".
        textMode: 'Plain',
        eanAddOnSymbol: 'Ignore',
        tryDownscale: tuning.tryDownscale,
        maxNumberOfSymbols: tuning.maxSymbols,
        ...(tryHarder
          ? HARDER
          : { tryHarder: false, tryRotate: tuning.tryRotate, tryInvert: false }),
      };
      const results = await readBarcodes(frame, options);
      return results
        .map((result) => fromReadResult(result, wanted))
        .filter((result) => result !== undefined);
    },
  };
}
