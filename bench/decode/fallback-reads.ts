// The fallback engine (@zxing/library with our UPC-E reader) on every PNG/JPEG of the corpus,
// in Node, at 0° and 180°, fast and tryHarder: right reads, wrong reads, and UPC-E reported on
// an image that holds no UPC-E ("invented"). The figure behind upce-reader.ts's proofs.
// @zxing/library only loads as ESM through Vite, so it runs inside vitest:
//   FB_SETS=upce,ean8,upca FB_OUT=bench/results/fallback-reads.json \
//     npx vitest run --project unit test/unit/scan/upce-fallback-corpus.test.ts
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { BarcodeFormat } from '../../src/scan/engines/engine.ts';
import { createZxingJsDecoder } from '../../src/scan/engines/zxing-js-decoder.ts';
import { ZXING_JS_FORMATS } from '../../src/scan/engines/zxing-js-result.ts';
import { judge } from './compare.ts';
import { loadCorpus } from './corpus.ts';

interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}
// Playwright's bundled decoders (pngjs, jpeg-js): test-only, nothing added to the app.
const bundle = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  PNG: { sync: { read(b: Buffer): Pixels } };
  jpegjs: { decode(b: Buffer, o: object): Pixels };
};

function decodeImage(name: string, bytes: Buffer): Pixels | null {
  if (/\.png$/i.test(name)) return bundle.PNG.sync.read(bytes);
  if (/\.jpe?g$/i.test(name)) return bundle.jpegjs.decode(bytes, { useTArray: true });
  return null;
}

function rotate180(p: Pixels): Pixels {
  const out = new Uint8Array(p.data.length);
  for (let i = 0, j = p.data.length - 4; i < p.data.length; i += 4, j -= 4) {
    out.set(p.data.subarray(i, i + 4), j);
  }
  return { ...p, data: out };
}

interface Tally {
  attempts: number;
  right: number;
  wrong: number;
  upceInvented: number;
  /** UPC-E images only: right UPC-E reads. */
  upceRight: number;
  examples: string[];
}

export async function fallbackReads(root: string, only?: string[]) {
  const decoder = createZxingJsDecoder();
  await decoder.init({});
  const sets = await loadCorpus(root, (id) => !only || only.some((s) => id.includes(s)));
  const byFormat: Record<string, Tally> = {};
  for (const set of sets) {
    const t = (byFormat[set.format] ??= {
      attempts: 0,
      right: 0,
      wrong: 0,
      upceInvented: 0,
      upceRight: 0,
      examples: [],
    });
    for (const image of set.images) {
      const pixels = decodeImage(image.name, await readFile(join(root, set.id, image.name)));
      if (!pixels) continue;
      for (const frame of [pixels, rotate180(pixels)]) {
        for (const tryHarder of [false, true]) {
          const data = new Uint8ClampedArray(frame.data.buffer, 0, frame.width * frame.height * 4);
          const imageData = { data, width: frame.width, height: frame.height, colorSpace: 'srgb' };
          const found = await decoder.decode(imageData as ImageData, ZXING_JS_FORMATS, tryHarder);
          t.attempts++;
          const verdict = judge(set, image.expected, found);
          if (verdict === 'pass') t.right++;
          if (verdict === 'pass' && found.some((f) => f.format === 'upce')) t.upceRight++;
          if (verdict === 'misread') {
            t.wrong++;
            if (t.examples.length < 5)
              t.examples.push(
                `${set.id}/${image.name}: ${found.map((f) => `${f.format} ${f.text}`).join(', ')}`,
              );
          }
          const invented =
            set.format !== ('upce' as BarcodeFormat) && found.some((f) => f.format === 'upce');
          if (invented) t.upceInvented++;
        }
      }
    }
  }
  return { options: '0° and 180°, fast and tryHarder, all formats', byFormat };
}
