// F1: Chromium killed (SIGKILL) at random moments right after scans, the same profile started
// again. Every move the worker saw succeed is still there and is applied exactly once (I1-I5).
// Faults and invariants as defined in docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { prng } from '../../server/demo/generate.ts';
import { AppPage } from '../e2e/pages/app-page.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

describe.runIf(requireChromium())('F1: browser killed right after scans', () => {
  let server: ServerProcess;
  let phone: Phone;
  let store: Store;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
    store = serverStore(server);
  });
  afterAll(async () => {
    await store.close();
    await phone.browser.close();
    await server.dispose();
  });

  /** The app in the (restarted) browser, online or not. */
  const reopen = async (offline: boolean): Promise<AppPage> => {
    const page = await phone.browser.page();
    await page.setViewportSize({ width: 360, height: 640 });
    await phone.browser.context.setOffline(offline);
    const app = new AppPage(page, server.url);
    await app.open('/move');
    return app;
  };

  it('keeps every acknowledged move through four kills, online and offline', async () => {
    const random = prng(42);
    const deviceId = await phone.deviceId();
    const acknowledged: string[] = [];
    for (let round = 0; round < 4; round++) {
      const app = await reopen(round % 2 === 1);
      const move = new MovePage(app);
      for (let i = 0; i < 2; i++) {
        await move.move('D-02-1', '5901231000027', 'D-03-2'); // SKU-10003 each
        // The notice is up, so the worker heard the tone: this move must never be lost.
        acknowledged.push((await deviceOps(app.page)).at(-1)!.opId);
      }
      await new Promise((r) => setTimeout(r, Math.floor(random() * 40)));
      await phone.browser.restart();
      const after = await deviceOps((await reopen(true)).page);
      const kept = new Set(after.map((o) => o.opId));
      expect(
        acknowledged.filter((id) => !kept.has(id)),
        `round ${round}: lost moves`,
      ).toEqual([]);
      expect(after.map((o) => o.seq)).toEqual(after.map((_, i) => i + 1));
    }
    const app = await reopen(false);
    await app.waitForBadge('upToDate', 60_000);
    const ops = await deviceOps(app.page);
    expect(ops.map((o) => o.opId).sort()).toEqual([...acknowledged].sort());
    await assertOpsAppliedOnce(store, deviceId, ops);
    await assertStockArithmetic(store, 'WH1');
    await assertDeviceSettled(app.page, store, 'WH1');
  });
});
