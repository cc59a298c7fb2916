/// <reference types="vite/client" />
// The decode harness page: exposes `window.harness` (see harness-api.ts) for the Node side to
// drive through page.evaluate. Timing happens here, in the page, around engine.decode().

import { createEngine } from '../../../src/scan/engines/create-engine.ts';
import type { DecodeCall, HarnessApi, TimingRequest } from '../harness-api.ts';
import { disposeEngines, engine, startEngines } from './engines.ts';
import {
  frameContext,
  frameSource,
  grabFrame,
  loadImage,
  rotatedFrame,
  syntheticFrame,
} from './frames.ts';

const copyOf = (frame: ImageData): ImageData =>
  new ImageData(new Uint8ClampedArray(frame.data), frame.width, frame.height);

async function run(call: DecodeCall, frame: ImageData) {
  // A transferred frame is detached afterwards, so the engine gets its own copy (made untimed).
  const input = call.transfer ? copyOf(frame) : frame;
  const t0 = performance.now();
  try {
    const results = await engine(call.engine).decode(input, {
      formats: call.formats,
      tryHarder: call.tryHarder,
      transferFrame: call.transfer ?? false,
    });
    return { results, ms: performance.now() - t0 };
  } catch (error) {
    return { results: [], ms: performance.now() - t0, error: String(error) };
  }
}

async function timeDecode({ frames: specs, calls, warmup, reps }: TimingRequest) {
  const cache = new Map<string, ImageData>();
  const frames = specs.map((spec) => {
    const key = JSON.stringify(spec);
    const frame = cache.get(key) ?? syntheticFrame(spec);
    cache.set(key, frame);
    return frame;
  });
  const ms: number[][] = calls.map(() => []);
  const found: string[][][] = calls.map(() => []);
  for (let i = 0; i < warmup + reps; i++) {
    for (const [c, call] of calls.entries()) {
      const outcome = await run(call, frames[c]!);
      if (outcome.error) throw new Error(outcome.error);
      if (i < warmup) continue;
      ms[c]!.push(outcome.ms);
      found[c]!.push(outcome.results.map((r) => r.text));
    }
  }
  return { ms, found, frames: frames.map(({ width, height }) => ({ width, height })) };
}

const harness: HarnessApi = {
  startEngines,
  disposeEngines,
  async factoryPick() {
    const t0 = performance.now();
    const picked = await createEngine();
    const ms = performance.now() - t0;
    picked.dispose();
    return { name: picked.name, ms };
  },
  async decodeImage(url, rotations, calls) {
    const image = await loadImage(url);
    const outcomes = [];
    for (const rotation of rotations) {
      const frame = rotatedFrame(image, rotation);
      const results = [];
      for (const call of calls) results.push(await run(call, frame));
      outcomes.push({ rotation, calls: results });
    }
    image.close();
    return outcomes;
  },
  async decodeSynthetic(spec, calls) {
    const frame = syntheticFrame(spec);
    const results = [];
    for (const call of calls) results.push(await run(call, frame));
    return results;
  },
  timeDecode,
  timeFrameGrab(width, height, reps) {
    const source = frameSource(width, height);
    const into = frameContext(width, height);
    const ms: number[] = [];
    for (let i = 0; i < reps + 3; i++) {
      const t0 = performance.now();
      grabFrame(source, into);
      if (i >= 3) ms.push(performance.now() - t0);
    }
    return Promise.resolve(ms);
  },
};

(window as unknown as { harness: HarnessApi }).harness = harness;
