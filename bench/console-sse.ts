// Console live updates under load: 200 simulated devices push moves and send heartbeats over
// HTTP while 10 consoles listen on the console event stream (SQLite). For every version a push
// committed: the time until every console received it (p95 goal <= 1 s). The server, the
// devices and the consoles share this one Node process, so the figure includes client load.
import { SimDevice, report } from '../test/helpers/sim-device.ts';
import { SseListener } from '../test/helpers/console.ts';
import type { HttpClient } from '../test/helpers/http-client.ts';
import { startBenchServer } from './lib/server.ts';
import { round, summarize, type Summary } from './lib/stats.ts';
import { moveFor } from './sync/push-throughput.ts';

export interface ConsoleSseFigures {
  store: 'sqlite';
  devices: number;
  consoles: number;
  seconds: number;
  pushes: number;
  heartbeats: number;
  versions: number;
  deviceEventsPerConsole: number;
  /** ms from the commit of a push to the last of the consoles receiving its version. */
  pushToEveryConsoleMs: Summary;
  goalP95Ms: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function benchConsoleSse(
  opts: { devices?: number; consoles?: number; seconds?: number } = {},
): Promise<ConsoleSseFigures> {
  const nDevices = opts.devices ?? 200;
  const nConsoles = opts.consoles ?? 10;
  const seconds = opts.seconds ?? 30;
  const server = await startBenchServer();
  try {
    const users = ['picker', 'picker2', 'receiver', 'counter'];
    const clients: { http: HttpClient; id: string }[] = [];
    for (const u of users) {
      const http = await server.as(u);
      const id = (await http.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
      clients.push({ http, id });
    }
    const sup = await server.as('supervisor');
    const consoles = Array.from(
      { length: nConsoles },
      () => new SseListener(`${server.url}/api/console/warehouses/WH1/events?token=${sup.token!}`),
    );
    await Promise.all(consoles.map((c) => c.ready));

    const committed = new Map<number, number>();
    const off = server.store.onVersion((wh, version) => {
      if (wh === 'WH1') committed.set(version, Date.now());
    });
    const devices = Array.from({ length: nDevices }, (_, i) => {
      const c = clients[i % clients.length]!;
      return new SimDevice(c.http, 'WH1', c.id);
    });
    let pushes = 0;
    let heartbeats = 0;
    const end = Date.now() + seconds * 1000;
    const runDevice = async (dev: SimDevice, i: number) => {
      await sleep(Math.random() * 2000);
      let n = i * 2;
      let nextBeat = Date.now() + Math.random() * 5000;
      while (Date.now() < end) {
        const ops = [dev.move(moveFor(n++)), dev.move(moveFor(n++))];
        const res = await dev.push(ops);
        if (res.status !== 200) throw new Error(`push ${res.status}`);
        pushes += 1;
        if (Date.now() >= nextBeat) {
          nextBeat = Date.now() + 5000;
          await dev.http.post('/api/sync/heartbeat', {
            deviceId: dev.deviceId,
            warehouseId: 'WH1',
            report: report({ pendingCount: 0 }),
          });
          heartbeats += 1;
        }
        await sleep(1500 + Math.random() * 1000);
      }
    };
    await Promise.all(devices.map((d, i) => runDevice(d, i)));
    await sleep(2000);
    off();
    for (const c of consoles) c.close();

    const latencies: number[] = [];
    const arrivals = consoles.map((c) => {
      const m = new Map<number, number>();
      for (const e of c.events) if (e.event === 'version') m.set(Number(e.data['version']), e.at);
      return m;
    });
    for (const [version, at] of committed) {
      const got = arrivals.map((m) => m.get(version));
      // A version no console got is a miss: counted as the whole run, never skipped.
      latencies.push(got.every((x) => x !== undefined) ? Math.max(...got) - at : seconds * 1000);
    }
    const deviceEvents = consoles.reduce(
      (n, c) => n + c.events.filter((e) => e.event === 'device').length,
      0,
    );
    return {
      store: 'sqlite',
      devices: nDevices,
      consoles: nConsoles,
      seconds,
      pushes,
      heartbeats,
      versions: committed.size,
      deviceEventsPerConsole: round(deviceEvents / nConsoles, 0),
      pushToEveryConsoleMs: summarize(latencies),
      goalP95Ms: 1000,
    };
  } finally {
    await server.close();
  }
}

// Run alone: npx tsx bench/console-sse.ts [seconds]
if (import.meta.url === `file://${process.argv[1]}`) {
  const seconds = Number(process.argv[2] ?? 30);
  process.stdout.write(`${JSON.stringify(await benchConsoleSse({ seconds }), null, 2)}\n`);
}
