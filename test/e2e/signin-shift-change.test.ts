// A shift changes hands in a dead zone (docs/picking.md K14), in real Chromium against the real
// server process, every sign-in typed with real key events. Li Na and Pat have both signed in on
// this phone before. Offline, Pat signs out; five wrong passwords for Pat lock his offline
// sign-in on this phone; Li Na mistypes once, then signs in offline and picks a list by scanner
// bursts. Back on the network the phone signs her in for real by itself, and the server records
// her ops as hers (she did sign in on this device), the list completed by her.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { userId } from '../helpers/server-state.ts';
import { assertOpsAppliedOnce, assertStockArithmetic } from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { PickPage } from './pages/pick-page.ts';

const EACH_1 = '5901231000003'; // SKU-10001, pick face A-01-1

describe.runIf(requireChromium())('offline sign-in at shift change', () => {
  let server: ServerProcess;
  let store: Store;
  let phone: Phone;

  /** A worker types their name and password and presses Enter. */
  async function typeSignIn(username: string, password: string) {
    const page = phone.app.page;
    await page.fill('input[name=username]', '');
    await page.click('input[name=username]');
    await page.keyboard.type(username, { delay: 60 });
    await page.click('input[name=password]');
    await page.keyboard.type(password, { delay: 60 });
    await page.keyboard.press('Enter');
  }
  async function signOut() {
    await phone.app.open('/settings');
    await phone.app.page.click('[data-testid=sign-out]');
    await phone.app.page.waitForSelector('input[name=username]');
    // The next worker signs in from the sign-in screen, which leads home.
    await phone.app.open('/signin');
  }
  const error = () => phone.app.page.locator('[data-testid=signin-error]');

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
          number: 'PL-SHIFT',
          lines: [{ order: 'SO-SHIFT', sku: 'SKU-10001', qty: 2, location: 'A-01-1' }],
        },
      ]);
    expect(res.status).toBe(200);
    store = serverStore(server);
    phone = await openPhone(server, 'picker2');
    phone.app.page.on('dialog', (d) => void d.accept());
  });
  afterAll(async () => {
    await store.close();
    await phone.browser.close();
    await server.dispose();
  });

  it('K14: after a sign-out offline, a worker known to the phone signs in offline; her ops are hers', async () => {
    const page = phone.app.page;
    // The shift before: Li Na, then Pat, signed in here online.
    await signOut();
    await typeSignIn('picker', 'picker123');
    await phone.app.waitForHome();
    const pick = new PickPage(phone.app);
    await phone.app.open('/pick');
    await pick.waitListRow('PL-SHIFT');
    await phone.app.waitForBadge('upToDate', 60_000);

    // The dead zone: Pat signs out.
    await page.context().setOffline(true);
    await signOut();
    // Someone tries Pat's name five times: his offline sign-in on this phone is locked.
    for (let i = 1; i <= 5; i++) {
      await typeSignIn('picker', `guess-${i}`);
      await expect
        .poll(() => error().textContent(), { timeout: 30_000 })
        .toContain(i < 5 ? `${5 - i} more tries` : 'Too many wrong passwords');
    }
    await typeSignIn('picker', 'picker123');
    await expect.poll(() => error().textContent()).toContain('Too many wrong passwords');
    // A worker who never signed in here cannot get in without the server.
    await typeSignIn('receiver', 'receiver123');
    await expect.poll(() => error().textContent()).toContain('has not signed in on this device');

    // Li Na mistypes once, then gets in offline.
    await typeSignIn('picker2', 'picker12');
    await expect.poll(() => error().textContent()).toContain('4 more tries');
    await typeSignIn('picker2', 'picker123');
    await phone.app.waitForHome();
    await phone.app.waitForBadge('offline');

    // She picks the list with the scanner, offline (moving in the app, no reload: the password
    // for the real sign-in later is held in memory only).
    await pick.openLists();
    await pick.waitListRow('PL-SHIFT');
    await phone.app.wedgeScan('PL-SHIFT');
    await pick.waitLine('A-01-1', 'location');
    await phone.app.wedgeScan('A-01-1');
    await pick.waitLine('A-01-1', 'item');
    await phone.app.wedgeScan(EACH_1);
    await pick.waitQty(1, 2);
    await phone.app.wedgeScan(EACH_1);
    await pick.waitComplete();

    // Back on the network: the phone signs her in for real and sends her ops.
    await page.context().setOffline(false);
    await phone.app.waitForBadge('upToDate', 90_000);
    const li = await userId(store, 'picker2');
    const ops = await store.db
      .selectFrom('op_log')
      .select(['type', 'user_id', 'status'])
      .where('device_id', '=', await phone.deviceId())
      .where('type', 'like', 'pick.%')
      .execute();
    expect(ops.map((o) => o.type).sort()).toEqual([
      'pick.claim',
      'pick.complete',
      'pick.line',
      'pick.line',
    ]);
    expect(new Set(ops.map((o) => o.user_id))).toEqual(new Set([li]));
    expect(
      await store.db
        .selectFrom('pick_lists')
        .select(['status', 'completed_by'])
        .where('number', '=', 'PL-SHIFT')
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'complete', completed_by: li });
    await assertOpsAppliedOnce(store, await phone.deviceId(), await deviceOps(page));
    await assertStockArithmetic(store, 'WH1');
  });
});
