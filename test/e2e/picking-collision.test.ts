// Two pickers collide on one list offline (docs/picking.md K13), in real Chromium against the
// real server process. Pat holds PL-COL and picks line 1 offline; Li Na, offline too, picks the
// whole list on her phone. Pat reconnects first, then Li Na: her line-1 units are extra (put
// back), her line-2 units count and are Pat's by hand. Li Na's phone says "Hand 2 × SKU-10003 to
// Pat Picker at packing", not "take the totes to packing"; Pat's says what is coming and that
// the list is not ready to pack; Li Na scans the list to confirm and the list completes, Pat's.
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
import { PickPage } from './pages/pick-page.ts';

const EACH_1 = '5901231000003'; // SKU-10001, pick face A-01-1
const EACH_3 = '5901231000027'; // SKU-10003, pick face A-03-1

describe.runIf(requireChromium())('two pickers collide on one list offline', () => {
  let server: ServerProcess;
  let store: Store;
  let pat: Phone;
  let li: Phone;

  const listRow = () =>
    store.db
      .selectFrom('pick_lists')
      .select(['status', 'claimed_by', 'completed_by'])
      .where('number', '=', 'PL-COL')
      .executeTakeFirstOrThrow();
  const typeList = async (p: Phone) => {
    await p.app.page.click('[data-testid=scan-input]');
    await p.app.page.keyboard.type('PL-COL', { delay: 120 });
    await p.app.page.keyboard.press('Enter');
  };
  async function pickLine(p: Phone, location: string, barcode: string, qty: number) {
    const pick = new PickPage(p.app);
    await pick.waitLine(location, 'location');
    await p.app.wedgeScan(location);
    await pick.waitLine(location, 'item');
    for (let i = 1; i <= qty; i++) {
      await p.app.wedgeScan(barcode);
      if (i < qty) await pick.waitQty(i, qty);
    }
  }
  async function settled(p: Phone): Promise<void> {
    await expect
      .poll(
        async () => {
          try {
            await assertDeviceSettled(p.app.page, store, 'WH1');
            return true;
          } catch {
            return false;
          }
        },
        { timeout: 60_000, interval: 500 },
      )
      .toBe(true);
    await assertOpsAppliedOnce(store, await p.deviceId(), await deviceOps(p.app.page));
  }

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
          number: 'PL-COL',
          lines: [
            { order: 'SO-COL', sku: 'SKU-10001', qty: 2, location: 'A-01-1' },
            { order: 'SO-COL', sku: 'SKU-10003', qty: 2, location: 'A-03-1' },
          ],
        },
      ]);
    expect(res.status).toBe(200);
    store = serverStore(server);
    pat = await openPhone(server, 'picker');
    li = await openPhone(server, 'picker2');
  });
  afterAll(async () => {
    await store.close();
    for (const p of [pat, li]) await p.browser.close();
    await server.dispose();
  });

  it('K13: the loser is told to hand over and confirms by scan; the holder is told what is coming', async () => {
    const patPick = new PickPage(pat.app);
    const liPick = new PickPage(li.app);
    await pat.app.open('/pick');
    await li.app.open('/pick');
    await patPick.waitListRow('PL-COL');
    await liPick.waitListRow('PL-COL');
    // Li Na's phone is in the dead zone before Pat's claim reaches her.
    await li.app.page.context().setOffline(true);
    await typeList(pat);
    await patPick.waitLine('A-01-1', 'location');
    await expect.poll(async () => (await listRow()).claimed_by).not.toBeNull();
    await pat.app.page.context().setOffline(true);
    await pickLine(pat, 'A-01-1', EACH_1, 2);
    await patPick.waitLine('A-03-1', 'location');

    // Li Na picks the whole list offline; her phone believes it is complete.
    await typeList(li);
    await pickLine(li, 'A-01-1', EACH_1, 2);
    await pickLine(li, 'A-03-1', EACH_3, 2);
    await liPick.waitComplete();

    // Pat reconnects first, then Li Na.
    await pat.app.page.context().setOffline(false);
    await pat.app.waitForBadge('upToDate', 60_000);
    await li.app.page.context().setOffline(false);
    await li.app.waitForBadge('upToDate', 60_000);
    expect(await listRow()).toMatchObject({ status: 'claimed' });

    // Li Na: one true instruction per kind of goods, and no "take the totes to packing".
    const lost = li.app.page.locator('[data-testid=lost-claim]');
    await expect
      .poll(() => lost.textContent(), { timeout: 30_000 })
      .toContain('Hand 2 × SKU-10003 to Pat Picker at packing.');
    expect(await lost.textContent()).toContain('scan list PL-COL');
    expect(await li.app.page.locator('[data-testid=over-pick]').textContent()).toContain(
      'Put back 2 × SKU-10001',
    );
    expect(await li.app.page.locator('[data-testid=pick-complete]').count()).toBe(0);
    // Pat: the lines are done, but the goods are still with Li Na.
    const collect = pat.app.page.locator('[data-testid=collect]');
    await expect
      .poll(() => collect.textContent(), { timeout: 30_000 })
      .toContain('Collect 2 × SKU-10003 from Li Na');
    await expect.poll(() => pat.app.page.locator('[data-testid=not-ready]').count()).toBe(1);

    // At packing Li Na hands them over and scans the list (a scanner burst).
    await li.app.wedgeScan('PL-COL');
    await liPick.waitNotice('Handover of list PL-COL to Pat Picker confirmed');
    await li.app.waitForBadge('upToDate', 60_000);
    await expect.poll(async () => (await listRow()).status).toBe('complete');
    expect((await listRow()).completed_by).toBe((await listRow()).claimed_by);
    await li.app.page.waitForSelector('[data-testid=handover-done]');
    await expect.poll(() => collect.count(), { timeout: 30_000 }).toBe(0);
    await pat.app.page.waitForSelector('[data-testid=pick-complete]:has-text("packing")');
    for (const p of [pat, li]) await settled(p);
    await assertStockArithmetic(store, 'WH1');
  });
});
