// The time-per-frame phase of the benchmark: synthetic frames through every available timing
// variant, printed as a table and returned as the "frameTimes" section of decode.json.

import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { measureFrameTimes, stats } from './frame-times.ts';
import type { EngineStatus } from './harness-api.ts';
import { timeFrameGrab } from './harness-client.ts';
import { available, TIMING_VARIANTS, underBudget } from './plan.ts';
import { table, timingTable } from './report.ts';

export interface TimeOptions {
  reps?: number;
  warmup?: number;
  /** Before timing, wait (up to 5 min) for the 1-minute load average to drop below this. */
  quietLoad?: number;
}

/** The machine is shared: give other work a chance to finish before timing anything. */
async function waitForQuiet(maxLoad: number, log: (line: string) => void) {
  const deadline = Date.now() + 5 * 60_000;
  while ((loadavg()[0] ?? 0) >= maxLoad && Date.now() < deadline) {
    log(`  load ${loadavg()[0]?.toFixed(1)} >= ${maxLoad}, waiting...`);
    await sleep(15_000);
  }
}

export async function timePhase(
  page: Page,
  statuses: EngineStatus[],
  opts: TimeOptions,
  log: (line: string) => void,
) {
  if (opts.quietLoad) await waitForQuiet(opts.quietLoad, log);
  const reps = opts.reps ?? 50;
  const warmup = opts.warmup ?? 5;
  log(
    `\nTime per frame (posting the frame to having the result), load ${loadavg()[0]?.toFixed(1)}`,
  );
  const measuredAt = new Date().toISOString();
  const variants = TIMING_VARIANTS.filter((v) => available(statuses, v.call.engine));
  const notAvailable = TIMING_VARIANTS.filter((v) => !variants.includes(v)).map((v) => v.id);
  const results = await measureFrameTimes(page, variants, {
    reps,
    warmup,
    onResult: (t) =>
      log(`  ${t.variant} ${t.size} ${t.content}: ${t.median.toFixed(1)} / ${t.p95.toFixed(1)} ms`),
  });
  const frameGrab = [];
  for (const [width, height] of [
    [640, 480],
    [1280, 720],
  ] as const) {
    frameGrab.push({
      size: `${width}x${height}`,
      ...stats(await timeFrameGrab(page, width, height, 50)),
    });
  }
  const under10ms = underBudget(results, 10);
  log('\n' + timingTable(results));
  for (const id of notAvailable) log(`${id}: not available in this browser`);
  log('\nGrabbing a frame (drawImage + getImageData, main thread):\n');
  log(
    table(
      ['frame', 'median ms', 'p95 ms'],
      frameGrab.map((g) => [g.size, g.median.toFixed(1), g.p95.toFixed(1)]),
    ),
  );
  log(`\n1280x720 under 10 ms (median and p95, off the main thread, every code read):`);
  log(under10ms.map((v) => `  ${v}`).join('\n') || '  none');
  const loads = results.map((t) => t.load);
  return {
    measuredAt,
    reps,
    warmup,
    loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
    results,
    notAvailable,
    frameGrab,
    under10ms,
  };
}
