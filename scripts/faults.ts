// npm run faults: the F16 loop (test/fault/f16-random-faults.test.ts) for longer, over several
// seeds and both stores, then docs/reliability-report.md with the figures a site asks for:
// faults injected by kind, ops acknowledged and applied, invariant checks passed. It runs the
// same test file CI runs, so the long run and the CI run cannot drift apart. Needs a build
// (`npx vite build`), Chromium and PostgreSQL, like the test.
//   npm run faults -- --seeds 1,2,3 --steps 40     (defaults: seeds 1..5, 30 steps)
//   npm run faults -- --seed 7 --steps 12          (replay one seed)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FaultRun } from '../test/helpers/fault-loop.ts';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const seeds = arg('seeds') ?? arg('seed') ?? '1,2,3,4,5';
const steps = Number(arg('steps') ?? 30);
const out = join(mkdtempSync(join(tmpdir(), 'floorsync-faults-')), 'runs.jsonl');

const started = new Date();
const vitest = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    'e2e',
    'test/fault/f16-random-faults.test.ts',
  ],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      ...process.env,
      FLOORSYNC_FAULT_SEEDS: seeds,
      FLOORSYNC_FAULT_STEPS: String(steps),
      FLOORSYNC_FAULT_OUT: out,
    },
  },
);
const minutes = ((Date.now() - started.getTime()) / 60_000).toFixed(1);
const runs: FaultRun[] = existsSync(out)
  ? readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as FaultRun)
  : [];
const expected = seeds.split(',').length;
const sum = (f: (r: FaultRun) => number) => runs.reduce((n, r) => n + f(r), 0);
const kinds = runs[0] ? (Object.keys(runs[0].chosen) as (keyof FaultRun['chosen'])[]) : [];

const lines = [
  '# Reliability report: randomized faults (F16)',
  '',
  `Written by \`npm run faults\` on ${started.toISOString().slice(0, 16)} UTC (${minutes} min): the`,
  'seeded loop of `test/fault/f16-random-faults.test.ts` (defined in',
  '[reliability.md](reliability.md)) over two phones in Chromium and two protocol clients, each',
  'behind its own fault proxy, on each store; every run ends with I1–I5.',
  '',
  `Command: \`npm run faults -- --seeds ${seeds} --steps ${steps}\`. Result: **${
    vitest.status === 0 ? 'every run passed' : 'FAILED'
  }** (${runs.length} of ${expected * 2} runs finished with their checks passed).`,
  '',
  '## Runs',
  '',
  '| seed | store | steps | faults chosen | ops acknowledged | ops applied | rejected | checks passed |',
  '|---|---|---|---|---|---|---|---|',
  ...runs.map(
    (r) =>
      `| ${r.seed} | ${r.store} | ${r.steps} | ${Object.values(r.chosen).reduce((a, b) => a + b, 0)} | ${r.acknowledged} | ${r.applied} | ${r.rejected} | ${r.checks} |`,
  ),
  `| **all** | | ${sum((r) => r.steps)} | ${sum((r) => Object.values(r.chosen).reduce((a, b) => a + b, 0))} | ${sum((r) => r.acknowledged)} | ${sum((r) => r.applied)} | ${sum((r) => r.rejected)} | ${sum((r) => r.checks)} |`,
  '',
  '"Acknowledged" is what the phones showed as done (their notices) plus what the server',
  'answered the protocol clients; "applied" and "rejected" are those devices\' rows in the op log.',
  'I1 asserts each acknowledged op is applied once with its own stock effect, and that the two',
  'totals are equal.',
  '',
  '## Faults injected, by kind',
  '',
  '| fault | chosen by the loop | hit a connection |',
  '|---|---|---|',
  ...kinds.map((k) => {
    const hit = (['delay', 'drop', 'reset', 'partition'] as const).find((h) => h === k);
    return `| ${k} | ${sum((r) => r.chosen[k])} | ${hit ? sum((r) => r.hit[hit]) : '–'} |`;
  }),
  '',
  "A delay or a dropped answer is armed on one device's proxy and hits that device's next",
  'connections; a partition cuts and refuses its connections until a heal; kills are SIGKILLs',
  '(server restarted on the same data, Chromium on the same profile).',
  '',
  '## Work done under the faults',
  '',
  `Moves by scanning: ${sum((r) => r.work.move)}; receives: ${sum((r) => r.work.receive)}; picks: ${sum(
    (r) => r.work.pick,
  )}; counts: ${sum((r) => r.work.count)}. Requests of the protocol clients that failed and were`,
  `sent again: ${sum((r) => r.simRetries)}.`,
  '',
];
writeFileSync(join(ROOT, 'docs/reliability-report.md'), lines.join('\n'));
console.info(`wrote docs/reliability-report.md (${runs.length} runs)`);
process.exit(vitest.status ?? 1);
