// Benchmark results are written to bench/results/<name>.json with the machine they ran on and
// its load (1, 5 and 15 minute averages): the machine is shared, so a figure is read as a ratio
// against a baseline of the same run, and the load says how busy the run was.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

export const RESULTS_DIR = resolve(import.meta.dirname, '../results');

export function writeResult(name: string, figures: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = resolve(RESULTS_DIR, `${name}.json`);
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    load1: loadavg()[0],
    load5: loadavg()[1],
    load15: loadavg()[2],
  };
  writeFileSync(
    file,
    JSON.stringify({ name, at: new Date().toISOString(), machine, figures }, null, 2) + '\n',
  );
  return file;
}
