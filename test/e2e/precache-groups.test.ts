// A first install keeps for offline use what the device needs, not everything: a picker's
// phone gets the shell and the floor screens first; the camera decoders follow in the background after
// sign-in, and a supervisor's phone gets the console too.
// Read from the service worker's own caches in real Chromium against the built app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { AppPage } from './pages/app-page.ts';

/** Every path the service worker's caches hold, from every cache it made. */
/** What the install itself kept: every cache but the later groups' (filled after sign-in). */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of (await caches.keys()).filter((n) => n !== 'floorsync-later')) {
      for (const req of await (await caches.open(name)).keys())
        paths.push(new URL(req.url).pathname);
    }
    return paths;
  });

/** Signs in on a fresh phone and waits until the service worker controls the page. */
async function installedFor(server: ServerProcess, username: string) {
  const phone = await DeviceBrowser.launch();
  const app = new AppPage(await phone.page(), server.url);
  await app.open();
  await app.signIn(username);
  await app.waitForHome();
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  return { phone, app };
}

describe.runIf(requireChromium())('what a first install keeps offline', () => {
  let server: ServerProcess;
  const phones: DeviceBrowser[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start();
  });
  afterAll(async () => {
    for (const p of phones) await p.close();
    await server.dispose();
  });

  it("a picker's phone keeps the shell and floor screens, not the decoders or the console", async () => {
    const { phone, app } = await installedFor(server, 'picker');
    phones.push(phone);
    const paths = await cachedPaths(app.page);
    expect(paths).toContain('/index.html');
    expect(paths.some((p) => /\/assets\/PickingRoute-.*\.js$/.test(p))).toBe(true);
    expect(paths.some((p) => /\/assets\/MoveScreen-.*\.js$/.test(p))).toBe(true);
    expect(paths.filter((p) => /\.wasm$|\.worker-.*\.js$/.test(p))).toEqual([]);
    expect(paths.filter((p) => /ConsoleScreen/.test(p))).toEqual([]);

    // After sign-in the decoders follow in the background (the camera must work offline at a
    // dock even if it was never opened online): the wasm and both worker scripts are kept.
    await app.page.waitForFunction(
      async () => {
        const later = await caches.open('floorsync-later');
        const kept = (await later.keys()).map((r) => new URL(r.url).pathname);
        return (
          kept.some((p) => p.endsWith('.wasm')) &&
          kept.filter((p) => /\.worker-.*\.js$/.test(p)).length === 2
        );
      },
      null,
      { timeout: 30_000 },
    );
  });

  it("a supervisor's phone keeps the console for offline use after signing in", async () => {
    const { phone, app } = await installedFor(server, 'supervisor');
    phones.push(phone);
    await app.page.waitForFunction(
      async () => {
        const later = await caches.open('floorsync-later');
        const kept = (await later.keys()).map((r) => new URL(r.url).pathname);
        return kept.some((p) => /ConsoleScreen-.*\.js$/.test(p));
      },
      null,
      { timeout: 30_000 },
    );
    expect((await cachedPaths(app.page)).filter((p) => p.endsWith('.wasm'))).toEqual([]);
  });
});
