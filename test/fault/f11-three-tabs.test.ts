// F11: three tabs of one device scanning; the tab that syncs is closed in the middle of a push.
// Another tab takes over the sync (Web Locks) and every move is applied exactly once (I1-I5).
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
import { AppPage } from '../e2e/pages/app-page.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

describe.runIf(requireChromium())('F11: several tabs, the syncing one closed mid-push', () => {
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

  it('hands the sync to another tab and applies every move once', async () => {
    const tabs: AppPage[] = [phone.app];
    for (let i = 0; i < 2; i++) {
      const page = await phone.browser.context.newPage();
      page.setDefaultTimeout(60_000);
      const app = new AppPage(page, server.url);
      await app.open('/move');
      tabs.push(app);
    }
    await server.setHooks({ delayPushMs: 2500 });
    await phone.browser.context.setOffline(true);
    for (const app of tabs) {
      const move = new MovePage(app);
      await move.open();
      await move.move('A-05-1', '5901231000041', 'A-06-2'); // SKU-10005 each
    }
    expect(await deviceOps(tabs[0]!.page)).toHaveLength(3);
    // One tab holds the sync lock (Web Locks); find it, let it start pushing, close it.
    const leaders = await Promise.all(
      tabs.map((t) => t.page.getAttribute('html', 'data-sync-leader')),
    );
    expect(leaders.filter((l) => l === 'true')).toHaveLength(1);
    const leader = tabs[leaders.indexOf('true')]!;
    await phone.browser.context.setOffline(false);
    await leader.waitForBadge('syncing');
    await leader.page.close();
    const next = tabs.find((t) => t !== leader)!;
    await next.page
      .waitForSelector('html[data-sync-leader=true]', { state: 'attached', timeout: 30_000 })
      .catch(() => undefined);
    await next.waitForBadge('upToDate', 90_000);
    const ops = await deviceOps(next.page);
    expect(ops.map((o) => o.status)).toEqual(['done', 'done', 'done']);
    await assertOpsAppliedOnce(store, await phone.deviceId(), ops);
    await assertStockArithmetic(store, 'WH1');
    await assertDeviceSettled(next.page, store, 'WH1');
  });
});
