// How many scan lines zxing-cpp agrees on for weak-check 1D reads of the corpus, in the camera's
// fast profile: the figure behind the confirmation rule (src/scan/camera/confirm.ts). A right
// read on ≥ 3 lines is emitted on its first frame; on 2 lines it waits one more frame; a wrong
// read must never reach 3 lines. Runs in Node on the images' own bytes (PNG/JPEG; zxing-cpp's
// WebP samples are skipped), read in place from ../shared/corpus.
//   npx tsx bench/decode/line-counts.ts [--corpus=DIR] [--out=FILE]
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { TRUSTED_LINE_COUNT, WEAK_CHECK_FORMATS } from '../../src/scan/camera/confirm.ts';
import { fromReadResult, toZxingFormats } from '../../src/scan/engines/zxing-wasm-formats.ts';
import type { BarcodeFormat } from '../../src/scan/engines/engine.ts';
import { judge } from './compare.ts';
import { loadCorpus } from './corpus.ts';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

const FORMATS = [...WEAK_CHECK_FORMATS] as BarcodeFormat[];
// The camera's per-frame options (zxing-wasm-decoder.ts, fast profile with tryRotate).
const OPTIONS: ReaderOptions = {
  formats: toZxingFormats(FORMATS),
  textMode: 'Plain',
  eanAddOnSymbol: 'Ignore',
  tryDownscale: true,
  maxNumberOfSymbols: 255,
  tryHarder: false,
  tryRotate: true,
  tryInvert: false,
};

interface Tally {
  images: number;
  right: number;
  rightOneFrame: number;
  wrong: number;
  wrongOneFrame: number;
  wrongLines: number[];
}

export async function lineCounts(root: string) {
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const wasmBinary = new Uint8Array(await readFile(wasm)).buffer;
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  const sets = await loadCorpus(root, (id) => FORMATS.some((f) => id.startsWith(`${f}/`)));
  const byFormat: Record<string, Tally> = {};
  for (const set of sets) {
    const t = (byFormat[set.format] ??= {
      images: 0,
      right: 0,
      rightOneFrame: 0,
      wrong: 0,
      wrongOneFrame: 0,
      wrongLines: [],
    });
    for (const image of set.images) {
      if (/\.webp$/i.test(image.name)) continue;
      t.images++;
      const bytes = await readFile(join(root, set.id, image.name));
      const results = await readBarcodes(new Blob([bytes]), OPTIONS);
      for (const r of results) {
        const read = fromReadResult(r, FORMATS);
        if (!read) continue;
        const lines = read.lineCount ?? 0;
        if (judge(set, image.expected, [read]) === 'pass') {
          t.right++;
          if (lines >= TRUSTED_LINE_COUNT) t.rightOneFrame++;
        } else {
          t.wrong++;
          t.wrongLines.push(lines);
          if (lines >= TRUSTED_LINE_COUNT) t.wrongOneFrame++;
        }
      }
    }
  }
  return { trustedLineCount: TRUSTED_LINE_COUNT, options: 'fast + tryRotate, 0°', byFormat };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = arg('corpus', join(import.meta.dirname, '../../../shared/corpus'));
  const out = arg('out', join(import.meta.dirname, '../results/line-counts.json'));
  const result = { measuredAt: new Date().toISOString(), ...(await lineCounts(root)) };
  console.table(result.byFormat);
  await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
}
