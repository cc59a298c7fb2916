// Foundation end to end: the built PWA against the real server process in real Chromium. Sign
// in, switch to Chinese and back; then stop the server and go offline, reload, and the app
// still opens signed in on its home screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { AppPage } from './pages/app-page.ts';

describe.runIf(requireChromium())('foundation', () => {
  let server: ServerProcess;
  let phone: DeviceBrowser;
  let app: AppPage;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await DeviceBrowser.launch();
    app = new AppPage(await phone.page(), server.url);
  });
  afterAll(async () => {
    await phone.close();
    await server.dispose();
  });

  it('refuses a wrong password with a clear message', async () => {
    await app.open();
    await app.signIn('picker', 'wrong-password');
    await app.page.waitForSelector('[data-testid=signin-error]');
    expect(await app.page.textContent('[data-testid=signin-error]')).toContain(
      'Wrong user name or password',
    );
  });

  it('signs in, shows the tiles of the role, and switches to Chinese and back', async () => {
    await app.signIn('picker');
    await app.waitForHome();
    expect(await app.page.textContent('h1')).toBe('FloorSync');
    expect(await app.page.isVisible('[data-testid=tile-move]')).toBe(true);
    await app.go('settings');
    await app.page.click('[data-lang=zh-CN]');
    await app.page.waitForSelector('h1:text("设置")');
    expect(await app.page.getAttribute('html', 'lang')).toBe('zh-CN');
    await app.page.click('[data-lang=en]');
    await app.page.waitForSelector('h1:text("Settings")');
    expect(await app.page.getAttribute('html', 'lang')).toBe('en');
  });

  it('opens offline, signed in, after the server stops', async () => {
    await app.open('/');
    await app.waitForHome();
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await server.stop();
    await app.page.context().setOffline(true);
    await app.page.reload();
    await app.waitForHome();
    expect(await app.page.textContent('[data-testid=tile-move]')).toContain('Move stock');
    await app.waitForBadge('offline');
    await app.page.context().setOffline(false);
  });
});
