// The clip benchmark (issue #19): every PNG/JPEG of ../shared/corpus (read in place) becomes a
// 1-second clip of 30 frames (frames.ts), decoded as the camera does it — the product's
// cadence (tryHarder every 5th frame) and confirmation rule over zxing-wasm with the camera's
// options — and, in the same run, as plain zxing-wasm (fast profile, first read of a single
// frame emitted, the camera before issue #19). Figures: share read within 1 s, median time to
// the first emitted read, wrong first scans, ms per decode. Node, not Chromium: the frames are
// injected straight into the decoder (no fake camera), so times are decode times only.
//   npx tsx bench/clips/run.ts [--sets=upce,ean8] [--limit=N per set] [--corpus=DIR]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { DecodeCadence } from '../../src/scan/camera/cadence.ts';
import { ReadConfirmer } from '../../src/scan/camera/confirm.ts';
import type { DecodedBarcode } from '../../src/scan/engines/engine.ts';
import {
  fromReadResult,
  toZxingFormats,
  ZXING_WASM_FORMATS,
} from '../../src/scan/engines/zxing-wasm-formats.ts';
import { judge } from '../decode/compare.ts';
import { loadCorpus } from '../decode/corpus.ts';
import { round, summarize } from '../lib/stats.ts';
import { clipFrame, fitToBox, FRAMES_PER_CLIP, rng, toGrey, type Frame } from './frames.ts';

const FRAME_MS = 66;
const CONFIRM_FRAME_MS = 34;
const BASE: ReaderOptions = {
  formats: toZxingFormats(ZXING_WASM_FORMATS),
  textMode: 'Plain',
  eanAddOnSymbol: 'Ignore',
  tryDownscale: true,
  maxNumberOfSymbols: 255,
};
const FAST: ReaderOptions = { ...BASE, tryHarder: false, tryRotate: true, tryInvert: false };
const HARD: ReaderOptions = { ...BASE, tryHarder: true, tryRotate: true, tryInvert: true };

const bundle = createRequire(import.meta.url)('playwright-core/lib/utilsBundle') as {
  PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Uint8Array } } };
  jpegjs: { decode(b: Buffer, o: object): { width: number; height: number; data: Uint8Array } };
};

async function decode(frame: Frame, options: ReaderOptions): Promise<[DecodedBarcode[], number]> {
  const t0 = performance.now();
  const results = await readBarcodes(frame as ImageData, options);
  const ms = performance.now() - t0;
  return [
    results.map((r) => fromReadResult(r, ZXING_WASM_FORMATS)).filter((r) => r !== undefined),
    ms,
  ];
}

interface Outcome {
  readMs: number | null;
  wrong: boolean;
  decodeMs: number[];
}

type Verdict = (found: DecodedBarcode[]) => boolean;

async function plain(frames: Frame[], right: Verdict): Promise<Outcome> {
  const decodeMs: number[] = [];
  for (let i = 0; i < frames.length; i++) {
    const [found, ms] = await decode(frames[i]!, FAST);
    decodeMs.push(ms);
    if (found[0]) return { readMs: i * FRAME_MS, wrong: !right([found[0]]), decodeMs };
  }
  return { readMs: null, wrong: false, decodeMs };
}

async function product(frames: Frame[], right: Verdict): Promise<Outcome> {
  const decodeMs: number[] = [];
  const confirmer = new ReadConfirmer();
  const cadence = new DecodeCadence(FRAME_MS);
  let at = 0;
  // A 1-second clip holds 30 camera frames; the loop takes one every 66 ms (34 while confirming).
  while (at < FRAMES_PER_CLIP * FRAME_MS) {
    const frame = frames[Math.min(frames.length - 1, Math.floor(at / (1000 / 30)))]!;
    const plan = cadence.next(false);
    const [found, ms] = await decode(frame, plan.tryHarder ? HARD : FAST);
    cadence.took(plan, ms);
    decodeMs.push(ms);
    const read = confirmer.take(found, at);
    if (read) return { readMs: at, wrong: !right([read]), decodeMs };
    at += confirmer.waiting ? CONFIRM_FRAME_MS : FRAME_MS;
  }
  return { readMs: null, wrong: false, decodeMs };
}

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

export async function benchClips(opts: { corpus?: string; sets?: string[]; limit?: number } = {}) {
  const root = opts.corpus ?? join(import.meta.dirname, '../../../shared/corpus');
  const wasm = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const wasmBinary = new Uint8Array(await readFile(wasm)).buffer;
  await prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  const sets = await loadCorpus(root, (id) => !opts.sets || opts.sets.some((s) => id.includes(s)));
  const tally = {
    plain: { clips: 0, read: 0, wrong: 0, readMs: [] as number[], decodeMs: [] as number[] },
    floorsync: { clips: 0, read: 0, wrong: 0, readMs: [] as number[], decodeMs: [] as number[] },
  };
  const wrongExamples: string[] = [];
  let seed = 19;
  for (const set of sets) {
    const images = set.images.filter((i) => /\.(png|jpe?g)$/i.test(i.name)).slice(0, opts.limit);
    for (const image of images) {
      const bytes = await readFile(join(root, set.id, image.name));
      const pixels = /\.png$/i.test(image.name)
        ? bundle.PNG.sync.read(bytes)
        : bundle.jpegjs.decode(bytes, { useTArray: true, maxMemoryUsageInMB: 1024 });
      const base = fitToBox(toGrey(pixels));
      const random = rng(seed++);
      const frames = Array.from({ length: FRAMES_PER_CLIP }, () => clipFrame(base, random));
      const right: Verdict = (found) => judge(set, image.expected, found) === 'pass';
      for (const [name, run] of [
        ['plain', plain],
        ['floorsync', product],
      ] as const) {
        const o = await run(frames, right);
        const t = tally[name];
        t.clips++;
        t.decodeMs.push(...o.decodeMs);
        if (o.readMs === null) continue;
        t.read++;
        t.readMs.push(o.readMs);
        if (o.wrong) {
          t.wrong++;
          if (wrongExamples.length < 20) wrongExamples.push(`${name}: ${set.id}/${image.name}`);
        }
      }
    }
  }
  const figures = (t: (typeof tally)['plain']) => ({
    clips: t.clips,
    readWithin1s: t.read,
    shareRead: round(t.read / Math.max(1, t.clips), 3),
    wrongFirstScans: t.wrong,
    medianFirstReadMs: summarize(t.readMs).p50,
    meanFirstReadMs: round(t.readMs.reduce((a, b) => a + b, 0) / Math.max(1, t.readMs.length), 1),
    decodeMs: summarize(t.decodeMs),
  });
  const plainF = figures(tally.plain);
  const ours = figures(tally.floorsync);
  return {
    frames: `${FRAMES_PER_CLIP} frames of 1024x500 (the camera box at 1280x720), jitter ±3 px, gain 0.8-1.2, blur 1 in 3, seed 19`,
    plain: plainF,
    floorsync: ours,
    ratios: {
      shareRead: round(ours.shareRead / Math.max(0.001, plainF.shareRead), 3),
      meanFirstReadMs: round(ours.meanFirstReadMs / Math.max(1, plainF.meanFirstReadMs), 3),
      decodeMsP50: round(ours.decodeMs.p50 / Math.max(0.01, plainF.decodeMs.p50), 3),
    },
    wrongExamples,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeResult } = await import('../lib/results.ts');
  const limit = arg('limit');
  const result = await benchClips({
    ...(arg('corpus') ? { corpus: arg('corpus')! } : {}),
    ...(arg('sets') ? { sets: arg('sets')!.split(',') } : {}),
    ...(limit ? { limit: Number(limit) } : {}),
  });
  console.log(JSON.stringify(result, null, 2));
  console.log(`-> ${writeResult('clips', { measuredAt: new Date().toISOString(), ...result })}`);
}
