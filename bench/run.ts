// npm run bench [-- name...]: runs the benchmarks, prints their figures and writes each to
// bench/results/<name>.json. Benchmarks are not tests: they assert nothing, they measure.
import { build } from 'vite';
import { writeResult } from './lib/results.ts';
import { benchScanCommit } from './sync/scan-commit.ts';
import { benchPushSqlite } from './sync/push-throughput.ts';
import { benchSnapshot } from './sync/snapshot.ts';
import { benchPushPostgres } from './sync/push-postgres.ts';
import { runDecodeBench } from './decode/run.ts';
import { benchShellSize } from './shell-size.ts';
import { benchFirstInstall } from './first-install.ts';
import { benchCamera } from './camera.ts';
import { benchWedge } from './wedge.ts';
import { benchConsoleSse } from './console-sse.ts';
import { benchPicking } from './picking.ts';
import { benchClips } from './clips/run.ts';

interface Bench {
  name: string;
  about: string;
  run: () => unknown;
  /** Writes bench/results/<name>.json itself (and prints its own tables). */
  ownResult?: boolean;
}

const benches: Bench[] = [
  {
    name: 'scan-commit',
    about:
      'scan to committed outbox write and to feedback, Chromium (goal p95 <= 15 ms / <= 50 ms)',
    run: () => benchScanCommit(100),
  },
  {
    name: 'push-sqlite',
    about:
      '10,000 ops from one device over HTTP into SQLite vs raw inserts (goal >= 5,000 ops/s, <= 4x)',
    run: benchPushSqlite,
  },
  {
    name: 'push-postgres',
    about:
      'the same on PostgreSQL, 1 device and 20 devices through 2 instances, vs raw inserts into the same database',
    run: benchPushPostgres,
  },
  {
    name: 'snapshot',
    about:
      'fresh device: 100,000 items + 10,000 locations into IndexedDB vs raw bulkPut (goal <= 20 s, <= 2.5x)',
    run: () => benchSnapshot(),
  },
  {
    name: 'picking',
    about:
      'wedge scan on a pick line to the next line shown, 500-line list, Chromium (goal p95 <= 50 ms)',
    run: () => benchPicking(500, 100),
  },
  {
    name: 'decode',
    about:
      "decode rates per corpus set and engine vs ZXing's required counts; decode time per frame (writes decode.json itself)",
    run: () => runDecodeBench({}),
    ownResult: true,
  },
  {
    name: 'shell-size',
    about:
      'initial JavaScript of the app shell, gzip, scanner engines and lazy screens excluded (goal <= 150 KB)',
    run: () => benchShellSize(),
  },
  {
    name: 'first-install',
    about:
      'precache bytes on the wire per kind of device vs the whole list every device took before (goal scanner-only <= 600 KB)',
    run: () => benchFirstInstall(),
  },
  {
    name: 'camera',
    about: 'camera time to first read from a fake camera video (EAN-13), Chromium',
    run: () => benchCamera(10),
  },
  {
    name: 'wedge',
    about: 'wedge Enter to feedback with real key events, Chromium (goal p95 <= 50 ms)',
    run: () => benchWedge(100),
  },
  {
    name: 'console-sse',
    about:
      '200 devices pushing and heartbeating over HTTP, 10 consoles on SSE, SQLite: push commit to every console, p95 (goal <= 1 s)',
    run: () => benchConsoleSse(),
  },
  {
    name: 'clips',
    about:
      '1-second clips of every corpus image: share read, median first read, wrong first scans, product cadence and confirmation vs plain zxing-wasm in the same run',
    // Six images per set: every image takes over an hour on a shared 2-core machine.
    run: () => benchClips({ limit: Number(process.env.CLIPS_LIMIT ?? 6) }),
  },
];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
// The browser benchmarks measure the app as built now.
await build({ logLevel: 'warn' });
for (const b of benches.filter((x) => !wanted.length || wanted.includes(x.name))) {
  process.stdout.write(`\n== ${b.name}: ${b.about}\n`);
  const figures = await b.run();
  if (b.ownResult) continue;
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`-> ${writeResult(b.name, figures)}\n`);
}
