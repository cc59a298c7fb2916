// The decode benchmark: builds and serves the harness page, drives the system Chromium through
// the corpus (decode rates vs ZXing's required pass counts) and through synthetic frames (time per
// frame), prints tables and writes bench/results/decode.json.
// Run: npx tsx bench/decode/run.ts [--sets=ean13,qrcode-1] [--all-rotations] [--no-rates]
//      [--no-times] [--reps=50] [--quiet-load=2] [--out=bench/results/decode.json]

import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../../test/helpers/chromium.ts';
import { factoryPick, openHarness, startEngines } from './harness-client.ts';
import { CORPUS_DIR, PROJECT_ROOT, startHarnessServer } from './harness-server.ts';
import { ENGINES } from './plan.ts';
import { type RateOptions, ratePhase } from './rate-phase.ts';
import { engineTable } from './report.ts';
import { writeResults } from './results-file.ts';
import { type TimeOptions, timePhase } from './time-phase.ts';

export interface DecodeBenchOptions extends RateOptions, TimeOptions {
  /** Run the corpus phase (default true); when false, decode.json keeps its previous rates. */
  rates?: boolean;
  /** Run the frame-time phase (default true); when false, decode.json keeps its previous times. */
  times?: boolean;
  /** Output path relative to the project root. */
  out?: string;
  log?: (line: string) => void;
}

export async function runDecodeBench(opts: DecodeBenchOptions = {}) {
  const log = opts.log ?? console.log;
  const server = await startHarnessServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await openHarness(page, server.url);
    const statuses = await startEngines(page, ENGINES);
    const picked = await factoryPick(page);
    log(
      `Chromium ${browser.version()}, ${cpus().length} CPUs; createEngine() picks ${picked.name}\n`,
    );
    log(engineTable(statuses));
    const decodeRates =
      opts.rates === false ? undefined : await ratePhase(page, server.url, statuses, opts, log);
    const frameTimes =
      opts.times === false ? undefined : await timePhase(page, statuses, opts, log);
    const manifest = JSON.parse(await readFile(resolve(CORPUS_DIR, 'manifest.json'), 'utf8')) as {
      generated_from: unknown;
    };
    const out = resolve(PROJECT_ROOT, opts.out ?? 'bench/results/decode.json');
    const result = await writeResults(out, {
      generatedAt: new Date().toISOString(),
      environment: {
        chromium: browser.version(),
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
      },
      corpus: { path: relative(PROJECT_ROOT, CORPUS_DIR), generatedFrom: manifest.generated_from },
      engines: statuses,
      factoryPick: picked.name,
      decodeRates,
      frameTimes,
    });
    log(`\nWrote ${relative(PROJECT_ROOT, out)}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}

export function parseArgs(argv: string[]): DecodeBenchOptions {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const number = (name: string) => (value(name) ? Number(value(name)) : undefined);
  return {
    sets: value('sets')?.split(','),
    allRotations: argv.includes('--all-rotations'),
    rates: !argv.includes('--no-rates'),
    times: !argv.includes('--no-times'),
    reps: number('reps'),
    quietLoad: number('quiet-load'),
    out: value('out'),
  };
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  await runDecodeBench(parseArgs(argv));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
