// Prints the tables of an existing bench/results/decode.json (the ones docs/decoders.md quotes)
// without rerunning anything: npx tsx bench/decode/print-results.ts [path]

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FrameTiming } from './frame-times.ts';
import type { EngineStatus } from './harness-api.ts';
import { PROJECT_ROOT } from './harness-server.ts';
import { engineTable, formatTable, table, timingTable, verdictTable } from './report.ts';
import type { VariantSummary } from './summary.ts';

interface Results {
  engines: EngineStatus[];
  decodeRates: { variants: { available: boolean; variant: string; summary?: VariantSummary }[] };
  frameTimes: {
    results: FrameTiming[];
    frameGrab: { size: string; median: number; p95: number }[];
    under10ms: string[];
  };
}

const path = resolve(PROJECT_ROOT, process.argv[2] ?? 'bench/results/decode.json');
const results = JSON.parse(await readFile(path, 'utf8')) as Results;
const summaries = results.decodeRates.variants.flatMap((v) => v.summary ?? []);
const grab = results.frameTimes.frameGrab.map((g) => [
  g.size,
  g.median.toFixed(1),
  g.p95.toFixed(1),
]);
console.log(engineTable(results.engines));
console.log(`\n${formatTable(summaries)}\n\n${verdictTable(summaries)}`);
for (const v of results.decodeRates.variants.filter((x) => !x.available)) {
  console.log(`${v.variant}: not available`);
}
console.log(`\n${timingTable(results.frameTimes.results)}`);
console.log(`\n${table(['frame', 'median ms', 'p95 ms'], grab)}`);
console.log(
  `\n1280x720 under 10 ms:\n${results.frameTimes.under10ms.map((v) => `  ${v}`).join('\n')}`,
);
