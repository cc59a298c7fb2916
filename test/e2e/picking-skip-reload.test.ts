// A picker's route choices outlive a reload (docs/picking.md K10), and the device tells "you are
// offline" from "the server does not answer" in words, in real Chromium against the real server.
// Offline, Pat skips the first line and leaves the second for another picker, then the app is
// reloaded: the third line is first, the skipped one comes back after it, the deferred one last.
// Back on the network with the server stopped, the badge says the server is unreachable; when it
// is back, the picks are recorded once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { assertOpsAppliedOnce, assertStockArithmetic } from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { PickPage } from './pages/pick-page.ts';

const EACH_3 = '5901231000027'; // SKU-10003, pick face A-03-1

describe.runIf(requireChromium())('skipped and deferred lines survive a reload', () => {
  let server: ServerProcess;
  let store: Store;
  let pat: Phone;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    const res = await server.http
      .withToken(login.body.token)
      .post('/api/admin/warehouses/WH1/pick-lists', [
        {
          number: 'PL-SKIP',
          lines: [
            { order: 'SO-SKIP', sku: 'SKU-10001', qty: 1, location: 'A-01-1' },
            { order: 'SO-SKIP', sku: 'SKU-10002', qty: 1, location: 'A-02-1' },
            { order: 'SO-SKIP', sku: 'SKU-10003', qty: 1, location: 'A-03-1' },
          ],
        },
      ]);
    expect(res.status).toBe(200);
    store = serverStore(server);
    pat = await openPhone(server, 'picker');
  });
  afterAll(async () => {
    await store.close();
    await pat.browser.close();
    await server.dispose();
  });

  it('K10: the route chosen offline is the route after a reload; offline and unreachable are told apart', async () => {
    const pick = new PickPage(pat.app);
    const page = pat.app.page;
    await pat.app.open('/pick');
    await pick.waitListRow('PL-SKIP');
    await page.click('[data-testid=scan-input]');
    await page.keyboard.type('PL-SKIP', { delay: 120 });
    await page.keyboard.press('Enter');
    await pick.waitLine('A-01-1', 'location');
    await pat.app.waitForBadge('upToDate', 60_000);

    await page.context().setOffline(true);
    const badge = page.locator('[data-testid=sync-badge]');
    await expect.poll(() => badge.getAttribute('data-reach')).toBe('device');
    expect(await badge.textContent()).toContain('Offline');
    await page.click('[data-testid=skip-button]');
    await pick.waitLine('A-02-1', 'location');
    await page.click('[data-testid=more-button]');
    await page.click('[data-testid=defer-reason][data-reason=out_of_reach]');
    await pick.waitLine('A-03-1', 'location');

    // The app is reloaded in the dead zone (the shell comes from the service worker).
    await page.reload();
    await pick.waitLine('A-03-1', 'location');
    await pat.app.wedgeScan('A-03-1');
    await pick.waitLine('A-03-1', 'item');
    await pat.app.wedgeScan(EACH_3);
    // The skipped line comes back first, the line left for another picker stays last.
    await pick.waitLine('A-01-1', 'location');
    const order = await page
      .locator('[data-testid=pick-line]')
      .evaluateAll((rows) => rows.map((r) => r.querySelector('.loc')?.textContent));
    expect(order).toEqual(['A-03-1', 'A-01-1', 'A-02-1']);

    // The network is back but the server is not: the words say so.
    await server.stop();
    await page.context().setOffline(false);
    await expect.poll(() => badge.getAttribute('data-reach'), { timeout: 60_000 }).toBe('server');
    expect(await badge.textContent()).toContain('Server unreachable');
    await pat.app.open('/sync');
    await page.waitForSelector('text=the server does not answer');

    // The server comes back: the waiting pick and deferral are recorded once.
    await server.start();
    await pat.app.waitForBadge('upToDate', 90_000);
    const line = await store.db
      .selectFrom('pick_lines')
      .select(['line', 'picked_qty', 'defer_reason'])
      .where('list', '=', 'PL-SKIP')
      .orderBy('line')
      .execute();
    expect(line.map((l) => [Number(l.picked_qty), l.defer_reason])).toEqual([
      [0, null],
      [0, 'out_of_reach'],
      [1, null],
    ]);
    await assertOpsAppliedOnce(store, await pat.deviceId(), await deviceOps(page));
    await assertStockArithmetic(store, 'WH1');
  });
});
