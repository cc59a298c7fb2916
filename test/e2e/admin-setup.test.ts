// A new site, end to end: the server started with DEMO_DATA=0 has no user and no default
// password; the browser shows the one-time set-up, the first admin is created there with real
// key events, signs in and reaches the administration screen; afterwards set-up is gone for good
// (the page and the API refuse it, a second browser sees the sign-in).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { serverStore } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import type { Store } from '../../server/store/store.ts';
import { AdminPage, typeInto } from './pages/admin-page.ts';
import { AppPage } from './pages/app-page.ts';

describe.runIf(requireChromium())('first start without demo data', () => {
  let server: ServerProcess;
  let store: Store;
  const browsers: DeviceBrowser[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start({ env: { DEMO_DATA: '0' } });
    store = serverStore(server);
  });
  afterAll(async () => {
    await store?.close();
    for (const b of browsers) await b.close();
    await server?.dispose();
  });

  it('asks for the first admin once, then only signs in', async () => {
    expect(await store.db.selectFrom('users').select('id').execute()).toEqual([]);
    expect(server.log).toContain('no administrator yet: open /setup');
    for (const [u, p] of [
      ['admin', 'admin123'],
      ['supervisor', 'supervisor123'],
    ] as const)
      expect((await server.http.post('/api/auth/login', { username: u, password: p })).status).toBe(
        401,
      );

    const desk = await DeviceBrowser.launch();
    browsers.push(desk);
    const page = await desk.page();
    await page.setViewportSize({ width: 1024, height: 768 });
    // The set-up replaces the sign-in as soon as the server says it is needed.
    await page.goto(`${server.url}/setup`);
    await page.waitForSelector('[data-testid=setup]');
    const fill: [string, string][] = [
      ['setup-username', 'li.ming'],
      ['setup-name', 'Li Ming'],
      ['setup-password', 'first-admin-secret'],
      ['setup-again', 'first-admin-secret'],
      ['setup-warehouseId', 'SH1'],
      ['setup-warehouseName', 'Shanghai one'],
    ];
    for (const [name, text] of fill) await typeInto(page, `input[name=${name}]`, text);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=tile-admin]', { timeout: 60_000 });

    const admin = new AdminPage(page);
    await admin.openFromHome();
    expect(await admin.stateOf('li.ming')).toContain('Active');
    const history = await admin.history();
    expect(history.map((h) => h[0])).toEqual(['setup-first-admin']);

    // Set-up is gone: the API and the page refuse it, a new browser gets the sign-in.
    const again = await server.http.post<{ error: { code: string } }>('/api/setup', {
      username: 'zhao.lei',
      name: 'Zhao Lei',
      password: 'another-long-secret',
      warehouseId: 'SH2',
      warehouseName: 'Shanghai two',
    });
    expect(again.status).toBe(404);
    expect((await fetch(`${server.url}/setup`)).status).toBe(404);
    const other = await DeviceBrowser.launch();
    browsers.push(other);
    const otherApp = new AppPage(await other.page(), server.url);
    await otherApp.open('/');
    await otherApp.page.waitForSelector('input[name=username]');
    expect(await otherApp.page.$('[data-testid=setup]')).toBeNull();
    const users = await store.db.selectFrom('users').select(['username', 'roles']).execute();
    expect(users.map((u) => [u.username, JSON.parse(u.roles) as string[]])).toEqual([
      ['li.ming', ['admin', 'supervisor']],
    ]);
  });
});
