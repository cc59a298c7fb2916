// F16 (docs/reliability.md): a seeded loop of network faults (delays, dropped answers, reset
// connections, partitions) and kills (server and phone browsers) over four devices doing mixed
// work (moves by scanning on two phones; receives, picks, counts over HTTP), then I1–I5. CI runs
// a short loop on each store; `npm run faults` runs longer ones and writes the report. The seed
// is printed; FLOORSYNC_FAULT_SEED and FLOORSYNC_FAULT_STEPS replay a failure.
import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { faultStores } from '../helpers/fault-server.ts';
import { runFaultLoop } from '../helpers/fault-loop.ts';

const env = process.env;
const seeds = (env['FLOORSYNC_FAULT_SEEDS'] ?? env['FLOORSYNC_FAULT_SEED'] ?? '16')
  .split(',')
  .map(Number);
const steps = Number(env['FLOORSYNC_FAULT_STEPS'] ?? 10);
/** `npm run faults` collects each run's figures here (one JSON line per run). */
const out = env['FLOORSYNC_FAULT_OUT'];

describe.runIf(requireChromium()).each(faultStores())('F16: random faults on %s', (kind) => {
  it.each(seeds)(
    `F16: seed %i, ${steps} steps of faults over four devices, then I1–I5`,
    async (seed) => {
      const run = await runFaultLoop(kind, seed, steps);
      console.info(`F16 ${JSON.stringify(run)}`);
      if (out) appendFileSync(out, `${JSON.stringify(run)}\n`);
      expect(run.acknowledged).toBeGreaterThan(0);
    },
    steps * 30_000 + 180_000,
  );
});
