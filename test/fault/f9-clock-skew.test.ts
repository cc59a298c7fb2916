// F9 (docs/reliability.md): device clocks are wrong. Phone A starts 5 minutes fast, then its
// clock jumps two years back mid-shift; phone B runs a day slow; phone C is three years ahead.
// Order never comes from device clocks: A's ops apply in seq order though their device times
// run backwards. The server records each device's offset, the console shows it and the phone
// warns its worker. Then I1–I5.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { FaultServer, faultStores } from '../helpers/fault-server.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import type { DeviceBrowser } from '../helpers/device-browser.ts';
import { ackedMoves } from '../helpers/acks.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import { ConsolePage } from '../e2e/pages/console-page.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const YEAR = 365 * DAY;

/** The page's clock runs `skewMs` off the real one; setSkew changes it without a reload. */
const skewed = (skewMs: number) => async (b: DeviceBrowser) => {
  await b.context.addInitScript((skew) => {
    const w = window as unknown as { __floorsyncSkew: number };
    w.__floorsyncSkew = skew;
    const Real = Date;
    const now = () => Real.now() + w.__floorsyncSkew;
    class Skewed extends Real {
      constructor(...args: [] | [string | number | Date]) {
        if (args.length === 0) super(now());
        else super(args[0]);
      }
      static override now(): number {
        return now();
      }
    }
    window.Date = Skewed as DateConstructor;
  }, skewMs);
};

const setSkew = (page: Page, skewMs: number) =>
  page.evaluate((s) => {
    (window as unknown as { __floorsyncSkew: number }).__floorsyncSkew = s;
  }, skewMs);

describe.runIf(requireChromium()).each(faultStores())('F9: clock skew on %s', (kind) => {
  let fs: FaultServer;
  let a: Phone;
  let b: Phone;
  let c: Phone;

  beforeAll(async () => {
    fs = await FaultServer.start(kind);
    a = await openPhone(fs.server, 'picker', { prepare: skewed(5 * MIN) });
    b = await openPhone(fs.server, 'picker2', { prepare: skewed(-DAY) });
    c = await openPhone(fs.server, 'supervisor', { prepare: skewed(3 * YEAR) });
  });
  afterAll(async () => {
    for (const p of [a, b, c]) await p.browser.close();
    await fs.dispose();
  });

  it('F9: ops apply in seq order whatever the device clocks say; the offsets are shown', async () => {
    const ma = new MovePage(a.app);
    const mb = new MovePage(b.app);
    const mc = new MovePage(c.app);
    for (const m of [ma, mb, mc]) await m.open();
    await ma.move('A-01-1', '5901231000003', 'B-03-2');
    await a.app.waitForBadge('upToDate', 60_000);
    await setSkew(a.app.page, -2 * YEAR); // the clock jumps back mid-shift
    await ma.move('A-01-1', '5901231000003', 'B-03-2', 2);
    await mb.move('A-02-1', '15901231000017', 'B-03-2');
    await mc.move('A-01-1', '5901231000003', 'B-04-2');
    await ma.move('A-02-1', '15901231000017', 'B-04-2');
    for (const p of [a, b, c]) await p.app.waitForBadge('upToDate', 60_000);

    const store = await fs.openStore();
    try {
      const ops = await store.db
        .selectFrom('op_log')
        .select(['seq', 'device_at', 'version'])
        .where('device_id', '=', await a.deviceId())
        .orderBy('seq')
        .execute();
      const at = ops.map((o) => Number(o.device_at));
      expect(at[1]! < at[0]!, "A's device time ran backwards between seq 1 and 2").toBe(true);
      for (const p of [a, b, c])
        await assertOpsAppliedOnce(store, await p.deviceId(), ackedMoves(p.browser.acks));

      // The server keeps each device's offset from its latest report.
      const offsets = async () => {
        const out: number[] = [];
        for (const p of [a, b, c]) {
          const d = await store.db
            .selectFrom('devices')
            .select('clock_offset_ms')
            .where('id', '=', await p.deviceId())
            .executeTakeFirstOrThrow();
          out.push(Math.round(Number(d.clock_offset_ms) / MIN));
        }
        return out;
      };
      await expect.poll(offsets, { timeout: 60_000 }).toEqual([-2 * 525_600, -1440, 3 * 525_600]);

      // The worker is told on the phone; the supervisor sees it on the console.
      await a.app.page.click('[data-testid=sync-badge]'); // no reload: the clock stays skewed
      await expect
        .poll(() => a.app.page.textContent('body'))
        .toContain('This device clock is off by 1051200 min.');
      const console = new ConsolePage(c.app);
      await console.open('devices');
      const row = async (p: Phone) =>
        c.app.page.textContent(`[data-testid=device-row][data-device-id="${await p.deviceId()}"]`);
      await expect.poll(() => row(a), { timeout: 30_000 }).toContain('−1051200 min off');
      await expect.poll(() => row(b), { timeout: 30_000 }).toContain('−1440 min off');

      await assertStockArithmetic(store, 'WH1');
      for (const p of [a, b, c]) await assertDeviceSettled(p.app.page, store, 'WH1');
    } finally {
      await store.close();
    }
  });
});
