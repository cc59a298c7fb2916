// F16 (docs/reliability.md): a seeded loop of network faults over four devices doing mixed
// work, then I1–I5. Two phones (real Chromium) move stock by scanning; two SimDevices receive,
// pick, count and move over HTTP. Each device reaches the server through its own FaultProxy,
// so one can be partitioned while the others work. Each step does some work and injects one
// fault: a delay, a dropped answer, a reset connection, a partition or its healing, a SIGKILL
// of the server (restarted on the same data) or of a phone's Chromium (restarted on the same
// profile). The same seed gives the same sequence of actions. Used by the F16 test (short, CI)
// and by `npm run faults` (long, the figures of docs/reliability-report.md).
import { expect } from 'vitest';
import { prng } from '../../server/demo/generate.ts';
import type { Store } from '../../server/store/store.ts';
import { FaultServer, type FaultStore } from './fault-server.ts';
import { FaultProxy } from './fault-proxy.ts';
import { FlakySim } from './flaky-sim.ts';
import { openPhone, type Phone } from './phone.ts';
import { SimDevice } from './sim-device.ts';
import { HttpClient } from './http-client.ts';
import { newDeviceCredentials } from './device-credentials.ts';
import { ackedMoves } from './acks.ts';
import { importReceipt, newDelivery, receive } from './receiving.ts';
import { importPickList, pickOp } from './picking.ts';
import { count } from './counting.ts';
import { deviceMeta, deviceOps } from './device-db.ts';
import { tableState } from './server-state.ts';
import {
  assertDeviceSettled,
  assertFeedMatchesTables,
  assertOpsAppliedOnce,
  assertRowsMatchTables,
  assertStockArithmetic,
} from './invariants.ts';
import { AppPage } from '../e2e/pages/app-page.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

export type FaultKind =
  'delay' | 'drop' | 'reset' | 'partition' | 'heal' | 'server-kill' | 'browser-kill';

export interface FaultRun {
  seed: number;
  store: FaultStore;
  steps: number;
  /** Faults the loop chose, by kind, and what the proxies saw hit a connection. */
  chosen: Record<FaultKind, number>;
  hit: { delay: number; drop: number; reset: number; partition: number };
  /** Ops each kind of device had acknowledged (UI notice or server answer) and the server applied. */
  acknowledged: number;
  applied: number;
  rejected: number;
  work: { move: number; receive: number; pick: number; count: number };
  simRetries: number;
  checks: number;
}

const MOVES = [
  ['A-01-1', '5901231000003'], // SKU-10001
  ['D-02-1', '5901231000027'], // SKU-10003
  ['D-04-1', '5901231000034'], // SKU-10004
  ['A-05-1', '5901231000041'], // SKU-10005
] as const;
const TARGETS = ['B-01-2', 'B-02-2', 'C-06-2', 'D-03-2'] as const;
const PICKS = [
  { sku: 'SKU-10005', location: 'A-05-1' },
  { sku: 'SKU-10006', location: 'A-06-1' },
] as const;
const FAULTS: FaultKind[] = [
  'delay',
  'drop',
  'reset',
  'partition',
  'heal',
  'server-kill',
  'browser-kill',
];

async function signIn(fs: FaultServer, proxy: FaultProxy, username: string, password: string) {
  const device = newDeviceCredentials();
  const res = await fs.server.http.post<{ token: string; user: { id: string } }>(
    '/api/auth/login',
    { username, password, ...device },
  );
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  const http = new HttpClient(proxy.url, res.body.token, device.deviceId);
  return new SimDevice(http, 'WH1', res.body.user.id);
}

/** Runs one seeded loop on one store; asserts I1–I5 at the end and returns its figures. */
export async function runFaultLoop(kind: FaultStore, seed: number, steps: number) {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const run: FaultRun = {
    seed,
    store: kind,
    steps,
    chosen: Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<FaultKind, number>,
    hit: { delay: 0, drop: 0, reset: 0, partition: 0 },
    acknowledged: 0,
    applied: 0,
    rejected: 0,
    work: { move: 0, receive: 0, pick: 0, count: 0 },
    simRetries: 0,
    checks: 0,
  };
  const fs = await FaultServer.start(kind);
  const proxies: FaultProxy[] = [];
  const phones: { phone: Phone; proxy: FaultProxy; app: AppPage }[] = [];
  let store: Store | null = null;
  try {
    for (let i = 0; i < 4; i++) proxies.push(await FaultProxy.start(fs.server.port));
    const admin = await signIn(fs, proxies[0]!, 'admin', 'admin123');
    const direct = new HttpClient(fs.server.url, admin.http.token, admin.http.deviceId);
    await importReceipt(direct, {
      number: 'RC-F16',
      tolerancePct: 100,
      lines: [
        { sku: 'SKU-10008', qty: 50 },
        { sku: 'SKU-10009', qty: 50 },
      ],
    });
    await importPickList(direct, {
      number: 'PL-F16',
      lines: PICKS.map((p) => ({ ...p, qty: 50 })),
    });
    const receiver = new FlakySim(await signIn(fs, proxies[2]!, 'receiver', 'receiver123'));
    const sup = new FlakySim(await signIn(fs, proxies[3]!, 'supervisor', 'supervisor123'));
    const sims = [receiver, sup];
    const delivery = newDelivery();
    sup.record(sup.dev.op('pick.claim', { list: 'PL-F16' }));
    for (const [i, username] of ['picker', 'picker2'].entries()) {
      const proxy = proxies[i]!;
      const phone = await openPhone({ url: proxy.url }, username);
      phones.push({ phone, proxy, app: phone.app });
    }
    store = await fs.openStore();
    console.info(`F16 seed=${seed} steps=${steps} store=${kind}`);

    const work = async () => {
      const who = Math.floor(random() * 4);
      if (who < 2) {
        const p = phones[who]!;
        const [from, item] = pick(MOVES);
        const move = new MovePage(p.app);
        if (!p.app.page.url().endsWith('/move')) await move.open();
        await move.move(from, item, pick(TARGETS));
        run.work.move++;
      } else if (who === 2) {
        const line = 1 + Math.floor(random() * 2);
        receiver.record(
          receive(receiver.dev, {
            receipt: 'RC-F16',
            delivery,
            line,
            sku: line === 1 ? 'SKU-10008' : 'SKU-10009',
            qty: 1 + Math.floor(random() * 3),
          }),
        );
        run.work.receive++;
      } else if (random() < 0.6) {
        const line = 1 + Math.floor(random() * PICKS.length);
        sup.record(pickOp(sup.dev, { list: 'PL-F16', line, ...PICKS[line - 1]!, qty: 1 }));
        run.work.pick++;
      } else {
        // A count of the receiving dock as the server holds it now (receives land there
        // meanwhile), sometimes one unit off.
        const rows = await store!.db
          .selectFrom('stock')
          .select(['sku', 'qty'])
          .where('warehouse_id', '=', 'WH1')
          .where('location', '=', 'DOCK-1')
          .where('qty', '>', 0)
          .execute();
        const off = random() < 0.5 ? 1 : 0;
        sup.record(
          count(
            sup.dev,
            null,
            'DOCK-1',
            rows.map((r, i) => ({ sku: r.sku, qty: Number(r.qty) + (i === 0 ? off : 0) })),
          ),
        );
        run.work.count++;
      }
    };

    const fault = async () => {
      const f = pick(FAULTS);
      run.chosen[f]++;
      const proxy = pick(proxies);
      if (f === 'delay') proxy.delay(100 + Math.floor(random() * 900));
      else if (f === 'drop') proxy.drop();
      else if (f === 'reset') proxy.reset();
      else if (f === 'partition') proxy.partition();
      else if (f === 'heal') proxy.heal();
      else if (f === 'server-kill') {
        await fs.server.stop('SIGKILL');
        await fs.server.start();
      } else {
        const p = pick(phones);
        await p.phone.browser.restart();
        const page = await p.phone.browser.page();
        await page.setViewportSize({ width: 360, height: 640 });
        p.app = new AppPage(page, p.proxy.url);
        await new MovePage(p.app).open();
      }
    };

    for (let step = 0; step < steps; step++) {
      await work();
      await fault();
      if (random() < 0.5) await work();
      for (const s of sims) await s.flush();
    }

    // Heal: every proxy passes again; everything waiting reaches the server.
    for (const p of proxies) p.heal();
    for (const s of sims)
      await expect.poll(() => s.flush(), { timeout: 120_000, interval: 500 }).toBe(true);
    for (const p of phones) {
      await p.app.open('/sync');
      await expect
        .poll(
          async () => {
            const ops = await deviceOps(p.app.page);
            if (ops.some((o) => o.status === 'pending'))
              await p.app.page.click('[data-testid=sync-now]');
            return ops.filter((o) => o.status === 'pending').length;
          },
          { timeout: 120_000, interval: 1000 },
        )
        .toBe(0);
    }
    // Every device catches up to the last version.
    const version = async () =>
      Number(
        (
          await store!.db
            .selectFrom('warehouses')
            .select('version')
            .where('id', '=', 'WH1')
            .executeTakeFirstOrThrow()
        ).version,
      );
    const last = await version();
    for (const p of phones)
      await expect
        .poll(
          async () => {
            const at = Number((await deviceMeta(p.app.page, 'sync'))?.['baseVersion'] ?? 0);
            if (at < last) await p.app.page.click('[data-testid=sync-now]');
            return at;
          },
          { timeout: 120_000, interval: 1000 },
        )
        .toBe(last);
    for (const s of sims) await expect.poll(() => s.pull(), { timeout: 60_000 }).toBe(true);

    // I1–I5 for every device; I3 and I4 for the server.
    for (const p of phones) {
      const said = ackedMoves(p.phone.browser.acks);
      await assertOpsAppliedOnce(store, await p.phone.deviceId(), said);
      await assertDeviceSettled(p.app.page, store, 'WH1');
      run.acknowledged += said.length;
      run.checks += 2;
    }
    const tables = await tableState(store, 'WH1');
    for (const s of sims) {
      await assertOpsAppliedOnce(store, s.dev.deviceId, s.acknowledged());
      assertRowsMatchTables(s.dev.rows, tables, `sim ${s.dev.deviceId}`);
      expect(s.waiting, 'I5: the sim has nothing waiting').toEqual([]);
      run.acknowledged += s.answered.size;
      run.simRetries += s.failures;
      run.checks += 3;
    }
    await assertStockArithmetic(store, 'WH1');
    await assertFeedMatchesTables(store, 'WH1');
    run.checks += 2;
    const outcomes = await store.db
      .selectFrom('op_log')
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .where('warehouse_id', '=', 'WH1')
      .where('device_id', 'in', [
        ...sims.map((s) => s.dev.deviceId),
        ...(await Promise.all(phones.map((p) => p.phone.deviceId()))),
      ])
      .groupBy('status')
      .execute();
    for (const o of outcomes) {
      if (o.status === 'applied') run.applied = Number(o.n);
      if (o.status === 'rejected') run.rejected = Number(o.n);
    }
    expect(run.applied + run.rejected, 'I1: the server holds exactly the acknowledged ops').toBe(
      run.acknowledged,
    );
    for (const p of proxies)
      for (const k of ['delay', 'drop', 'reset', 'partition'] as const) run.hit[k] += p.injected[k];
    return run;
  } finally {
    await store?.close();
    for (const p of phones) await p.phone.browser.close();
    for (const p of proxies) await p.close();
    await fs.dispose();
  }
}
