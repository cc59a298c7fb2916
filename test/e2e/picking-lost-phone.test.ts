// A lost phone never strands its pick list (docs/picking.md K8, K9), in real Chromium against
// the real server process, every scan as real key events. Pat's phone claims a list, goes
// offline and picks 3 units; the supervisor releases the list from the console; Li Na finishes
// it on another phone; Pat's phone comes back: its 3 picks count once, the 3 extra units are an
// over-pick to put back, and it is told who holds the list. Then Pat takes a list over on a
// replacement phone, which shows the old phone's synced picks at once. I1–I5 hold throughout.
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

describe.runIf(requireChromium())('a lost phone’s pick list is released and finished', () => {
  let server: ServerProcess;
  let store: Store;
  let pat: Phone;
  let li: Phone;
  let desk: Phone;
  const phones: Phone[] = [];

  // A hardware scanner's burst (dispatched in the page in one go, so a loaded machine cannot
  // split it); people's typing below goes through real key events at a person's pace.
  const keys = (p: Phone, text: string) => p.app.wedgeScan(text);
  /** The picker keys the list number into the scan bar by hand. */
  const typeList = async (p: Phone, number: string) => {
    await p.app.page.click('[data-testid=scan-input]');
    await p.app.page.keyboard.type(number, { delay: 120 });
    await p.app.page.keyboard.press('Enter');
  };
  const stock = async (location: string, sku: string) => {
    const rows = await store.db
      .selectFrom('stock')
      .select('qty')
      .where('warehouse_id', '=', 'WH1')
      .where('location', '=', location)
      .where('sku', '=', sku)
      .execute();
    return rows.reduce((n, r) => n + Number(r.qty), 0);
  };
  const line = (list: string, n: number) =>
    store.db
      .selectFrom('pick_lines')
      .select(['picked_qty', 'status'])
      .where('list', '=', list)
      .where('line', '=', n)
      .executeTakeFirstOrThrow();
  const listRow = (list: string) =>
    store.db
      .selectFrom('pick_lists')
      .select(['status', 'claimed_device', 'claimed_by'])
      .where('number', '=', list)
      .executeTakeFirstOrThrow();
  /** I3 + I5 once the phone has heard of every change (poke, then pull). */
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
  /** Claims a list by scanning it and picks `count` units of one line, scan by scan. */
  async function pickUnits(
    p: Phone,
    location: string,
    barcode: string,
    count: number,
    needed = location === 'A-01-1' ? 3 : 2,
  ) {
    const pick = new PickPage(p.app);
    await pick.waitLine(location, 'location');
    await keys(p, location);
    await pick.waitLine(location, 'item');
    const from = Number(
      (await p.app.page.textContent('[data-testid=current-line] [data-testid=line-qty]'))?.split(
        ' ',
      )[0],
    );
    for (let i = 1; i <= count; i++) {
      await keys(p, barcode);
      // The picker glances at the count before the next unit, as on the floor.
      if (from + i < needed) await pick.waitQty(from + i, needed);
    }
  }

  beforeAll(async () => {
    server = await ServerProcess.start();
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    const res = await server.http.withToken(login.body.token).post(
      '/api/admin/warehouses/WH1/pick-lists',
      ['PL-LOST', 'PL-TAKE'].map((number) => ({
        number,
        lines: [
          { order: `SO-${number}`, sku: 'SKU-10001', qty: 3, location: 'A-01-1' },
          { order: `SO-${number}`, sku: 'SKU-10003', qty: 2, location: 'A-03-1' },
        ],
      })),
    );
    expect(res.status).toBe(200);
    store = serverStore(server);
    pat = await openPhone(server, 'picker');
    li = await openPhone(server, 'picker2');
    desk = await openPhone(server, 'supervisor');
    phones.push(pat, li, desk);
    await desk.app.page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await store.close();
    for (const p of phones) await p.browser.close();
    await server.dispose();
  });

  it('K9: released from the console while the phone is lost, finished on another phone; the lost phone’s 3 picks count once', async () => {
    const before = await stock('A-01-1', 'SKU-10001');
    const patPick = new PickPage(pat.app);
    await pat.app.open('/pick');
    await patPick.waitListRow('PL-LOST');
    await typeList(pat, 'PL-LOST');
    await patPick.waitLine('A-01-1', 'location');
    await expect.poll(async () => (await listRow('PL-LOST')).claimed_by).not.toBeNull();
    // The phone walks out of the network, picks 3 units, and is lost.
    await pat.app.page.context().setOffline(true);
    await pickUnits(pat, 'A-01-1', EACH_1, 3);
    await patPick.waitLine('A-03-1', 'location');

    // The supervisor sees who holds it and releases it with a reason, typed.
    const page = desk.app.page;
    await desk.app.open('/console?tab=lists');
    const row = page.locator('[data-testid=picklist-row][data-number="PL-LOST"]');
    await expect
      .poll(() => row.locator('[data-testid=picklist-holder]').textContent())
      .toContain('Pat Picker');
    expect(await row.locator('[data-testid=picklist-picked]').textContent()).toContain(
      '0 of 5 units',
    );
    await row.locator('[data-testid=picklist-release]').click();
    await row.locator('[data-testid=picklist-reason]').click();
    // A person at a keyboard, slower than a scanner's burst (which a field would give back).
    await page.keyboard.type('phone lost', { delay: 120 });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => row.locator('[data-testid=picklist-holder]').textContent())
      .toContain('released by Sam Supervisor');
    expect((await listRow('PL-LOST')).claimed_by).toBeNull();

    // Li Na's phone sees it open, takes it and picks it all.
    const liPick = new PickPage(li.app);
    await li.app.open('/pick');
    await liPick.waitListRow('PL-LOST');
    await typeList(li, 'PL-LOST');
    await pickUnits(li, 'A-01-1', EACH_1, 3);

    await pickUnits(li, 'A-03-1', EACH_3, 2);
    await liPick.waitComplete();
    await li.app.waitForBadge('upToDate', 60_000);
    expect(await listRow('PL-LOST')).toMatchObject({ status: 'complete' });

    // Pat's phone comes back with its 3 picks: each counts once, the extra is to go back.
    await pat.app.page.context().setOffline(false);
    await pat.app.waitForBadge('upToDate', 60_000);
    await expect.poll(async () => Number((await line('PL-LOST', 1)).picked_qty)).toBe(6);
    expect(await stock('A-01-1', 'SKU-10001')).toBe(before - 6);
    const over = await store.db
      .selectFrom('exceptions')
      .select(['device_id', 'message'])
      .where('ref', '=', 'PL-LOST')
      .where('kind', '=', 'over-pick')
      .execute();
    expect(over).toHaveLength(1);
    expect(over[0]!.device_id).toBe(await pat.deviceId());
    expect(over[0]!.message).toContain('return 3 to A-01-1');
    // Pat is told who has the list, what to hand over, and what to put back.
    await pat.app.open('/pick?l=PL-LOST');
    const lost = pat.app.page.locator('[data-testid=lost-claim]');
    await expect.poll(() => lost.textContent()).toContain('Li Na has list PL-LOST');
    // K13: Li Na had picked it all, so none of Pat's 3 units is hers: they all go back.
    expect(await lost.textContent()).toContain('None of what you picked is for Li Na');
    await expect
      .poll(() => pat.app.page.locator('[data-testid=over-pick]').textContent())
      .toContain('Return 3 to A-01-1');
    for (const p of [pat, li]) await settled(p);
    await assertStockArithmetic(store, 'WH1');
  });

  it('K8: the same picker takes the list over on a replacement phone and sees the synced picks at once', async () => {
    const patPick = new PickPage(pat.app);
    await pat.app.open('/pick');
    await patPick.waitListRow('PL-TAKE');
    await keys(pat, 'PL-TAKE');
    await pickUnits(pat, 'A-01-1', EACH_1, 1);
    await patPick.waitQty(1, 3);
    await pat.app.waitForBadge('upToDate', 60_000);
    // The old phone goes flat (offline) after one more pick.
    await pat.app.page.context().setOffline(true);
    await keys(pat, EACH_1);
    await patPick.waitQty(2, 3);

    const spare = await openPhone(server, 'picker');
    phones.push(spare);
    const sparePick = new PickPage(spare.app);
    await spare.app.open('/pick');
    await sparePick.waitListRow('PL-TAKE');
    expect(
      await spare.app.page.locator('[data-testid=pick-row][data-number="PL-TAKE"]').textContent(),
    ).toContain('Yours on another phone');
    await typeList(spare, 'PL-TAKE');
    await spare.app.page.waitForSelector('[data-testid=flash]:has-text("moved to this phone")');
    // The synced pick is there at once; the rest is picked here.
    await sparePick.waitLine('A-01-1', 'location');
    expect(
      await spare.app.page.textContent('[data-testid=current-line] [data-testid=line-qty]'),
    ).toBe('1 of 3');
    await pickUnits(spare, 'A-01-1', EACH_1, 2);
    await pickUnits(spare, 'A-03-1', EACH_3, 2);
    await sparePick.waitComplete();
    await spare.app.waitForBadge('upToDate', 60_000);
    expect(await listRow('PL-TAKE')).toMatchObject({
      status: 'complete',
      claimed_device: await spare.deviceId(),
    });

    // The old phone comes back: its offline pick counts, and it is told the list moved.
    await pat.app.page.context().setOffline(false);
    await pat.app.waitForBadge('upToDate', 60_000);
    await expect.poll(async () => Number((await line('PL-TAKE', 1)).picked_qty)).toBe(4);
    await pat.app.open('/pick?l=PL-TAKE');
    await expect
      .poll(() => pat.app.page.locator('[data-testid=lost-claim]').textContent())
      .toContain('You took list PL-TAKE over on another phone');
    for (const p of [pat, spare]) await settled(p);
    await assertStockArithmetic(store, 'WH1');
  });
});
