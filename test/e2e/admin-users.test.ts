// User administration end to end, in real Chromium against the real server process, with real
// key events: an admin creates a picker in the console; the picker signs in on a phone, is made
// to choose their own password before any work, records a move (the server logs it as theirs);
// the admin deactivates them and the phone, poked live, tells the worker their access ended.
// Every change is in the history with who made it. Then: a user locked by failed sign-ins is
// unlocked, a password reset forces a new choice, a warehouse is created and renamed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { serverStore } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import type { Store } from '../../server/store/store.ts';
import { AdminPage, typeInto } from './pages/admin-page.ts';
import { AppPage, PASSWORDS } from './pages/app-page.ts';
import { scannerKeys } from './pages/scanner-keys.ts';

const NEW = {
  username: 'wen.li',
  name: 'Wen Li',
  password: 'given-at-the-desk',
  roles: ['picker'],
  warehouses: ['WH1'],
};
const OWN = 'my-own-secret-42';

describe.runIf(requireChromium())('user administration, console to phone', () => {
  let server: ServerProcess;
  let store: Store;
  let desk: DeviceBrowser;
  let phone: DeviceBrowser;
  let admin: AdminPage;

  beforeAll(async () => {
    server = await ServerProcess.start();
    store = serverStore(server);
    desk = await DeviceBrowser.launch();
    const page = await desk.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = new AppPage(page, server.url);
    await app.open();
    await typeInto(page, 'input[name=username]', 'admin');
    await typeInto(page, 'input[name=password]', PASSWORDS['admin']!);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=tile-admin]', { timeout: 60_000 });
    admin = new AdminPage(page);
    await admin.openFromHome();
  });
  afterAll(async () => {
    await store?.close();
    await phone?.close();
    await desk?.close();
    await server?.dispose();
  });

  it('a created user changes the given password, works as themselves, is deactivated and told', async () => {
    await admin.createUser(NEW);
    expect(await admin.stateOf(NEW.username)).toContain('Must set a new password');
    const created = await store.db
      .selectFrom('users')
      .select(['id', 'roles', 'must_change_password', 'password_hash'])
      .where('username', '=', NEW.username)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(created.roles)).toEqual(['picker']);
    expect(created.must_change_password).toBe(1);
    expect(created.password_hash).not.toContain(NEW.password);

    // The phone: sign-in with the given password leads to the forced change, nothing else.
    phone = await DeviceBrowser.launch();
    const page = await phone.page();
    await page.setViewportSize({ width: 360, height: 640 });
    const app = new AppPage(page, server.url);
    await app.open();
    await typeInto(page, 'input[name=username]', NEW.username);
    await typeInto(page, 'input[name=password]', NEW.password);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=change-password]');
    expect(await page.$('[data-testid=tile-move]')).toBeNull();
    // A mismatch is caught on the device; then the real change.
    await typeInto(page, 'input[name=current-password]', NEW.password);
    await typeInto(page, 'input[name=new-password]', OWN);
    await typeInto(page, 'input[name=repeat-password]', `${OWN}x`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=change-password-error]');
    await typeInto(page, 'input[name=repeat-password]', OWN);
    await page.keyboard.press('Enter');
    await app.waitForHome();
    const after = await store.db
      .selectFrom('users')
      .select('must_change_password')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(after.must_change_password).toBe(0);

    // Work: a move scanned with a wedge scanner (real key events), recorded as Wen Li.
    await app.go('move');
    await page.waitForSelector('[data-testid=prompt]');
    await scannerKeys(page, ['A-01-1']);
    await page.waitForSelector('[data-testid=step-from].done');
    await scannerKeys(page, ['5901231000003']);
    await page.waitForSelector('[data-testid=step-item].done');
    await scannerKeys(page, ['C-06-2']);
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid=over-book]') !== null ||
        document.querySelector('[data-testid=notice]')?.textContent?.includes('C-06-2'),
    );
    if (await page.$('[data-testid=over-book]')) {
      await page.focus('[data-testid=over-book-confirm]');
      await page.keyboard.press('Enter');
    }
    // The badge may still say "up to date" from before the scan: wait for the server's log.
    await expect
      .poll(
        () =>
          store.db
            .selectFrom('op_log')
            .select(['type', 'user_id', 'status'])
            .where('user_id', '=', created.id)
            .execute(),
        { timeout: 60_000 },
      )
      .toEqual([{ type: 'stock.move', user_id: created.id, status: 'applied' }]);
    await app.waitForBadge('upToDate', 60_000);

    // Deactivated in the console: the phone is poked, its next sync is refused, it says so.
    await admin.deactivate(NEW.username, 'left the company');
    expect(await admin.stateOf(NEW.username)).toContain('Deactivated');
    await page.waitForSelector('[data-testid=access-ended]', { timeout: 60_000 });
    await app.waitForBadge('signedOut');
    expect(await page.textContent('[data-testid=access-ended]')).toContain('deactivated');
    const live = await store.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', created.id)
      .where('revoked_at', 'is', null)
      .execute();
    expect(live).toEqual([]);

    const history = await admin.history();
    const mine = history.filter((h) => h[1]!.includes(NEW.username));
    expect(mine.map((h) => h[0])).toEqual(['user-deactivate', 'password-change', 'user-create']);
    expect(mine[0]![2]).toBe('left the company');
  });

  it('resets a password, unlocks a locked user, creates and renames a warehouse', async () => {
    const page = admin.page;
    // Six wrong passwords from one source lock counter there; the console shows it and unlocks.
    for (let i = 0; i < 6; i++)
      await server.http.post('/api/auth/login', { username: 'counter', password: 'wrong-guess' });
    await page.reload();
    await page.waitForSelector(`${admin.row('counter')}[data-locked=true]`);
    await page.click(`${admin.row('counter')} [data-testid=user-unlock]`);
    await page.waitForSelector(`${admin.row('counter')}[data-locked=false]`);
    const back = await server.http.post('/api/auth/login', {
      username: 'counter',
      password: PASSWORDS['counter'],
    });
    expect(back.status).toBe(200);

    await page.click(`${admin.row('picker2')} [data-testid=user-reset]`);
    await typeInto(page, 'input[name=reset-password]', 'a-fresh-given-one');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=ask-reset-password]', { state: 'detached' });
    expect(await admin.stateOf('picker2')).toContain('Must set a new password');
    const forced = await server.http.post<{ user: { mustChangePassword: boolean } }>(
      '/api/auth/login',
      { username: 'picker2', password: 'a-fresh-given-one' },
    );
    expect(forced.body.user.mustChangePassword).toBe(true);

    await page.click('[data-testid=tab-warehouses]');
    await typeInto(page, 'input[name=wh-id]', 'SH9');
    await typeInto(page, 'input[name=wh-name]', 'Shanghai nine');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=wh-SH9]');
    await page.click('[data-testid=wh-SH9] [data-testid=wh-rename]');
    await typeInto(page, 'input[name=rename-warehouse]', 'Shanghai North');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=wh-SH9]')?.textContent?.includes('Shanghai North'),
    );
    await page.click('[data-testid=tab-users]');
    const history = (await admin.history()).map((h) => h[0]);
    expect(history.slice(0, 4)).toEqual([
      'warehouse-rename',
      'warehouse-create',
      'user-reset-password',
      'user-unlock',
    ]);
  });
});
