// A signed-in simulated phone: a Chromium profile with the app open at home, and the server's
// database opened beside it for assertions.
import { join } from 'node:path';
import type { DeviceBrowser } from './device-browser.ts';
import { DeviceBrowser as Browser } from './device-browser.ts';
import type { ServerProcess } from './server-process.ts';
import { AppPage } from '../e2e/pages/app-page.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import type { Store } from '../../server/store/store.ts';
import { deviceMeta } from './device-db.ts';

export interface Phone {
  browser: DeviceBrowser;
  app: AppPage;
  deviceId: () => Promise<string>;
}

export async function openPhone(
  /** The server, or anything in front of it (a FaultProxy): only its URL is used. */
  server: Pick<ServerProcess, 'url'>,
  username: string,
  opts: {
    profileDir?: string;
    args?: readonly string[];
    fakeVideo?: string;
    /** Runs on the new browser before the app is opened (init scripts, e.g. a skewed clock). */
    prepare?: (browser: DeviceBrowser) => Promise<void>;
  } = {},
): Promise<Phone> {
  const browser = await Browser.launch(opts);
  await opts.prepare?.(browser);
  const page = await browser.page();
  // Shared 2-core machines run several suites at once: be patient, never flaky.
  page.setDefaultTimeout(60_000);
  await page.setViewportSize({ width: 360, height: 640 });
  const app = new AppPage(page, server.url);
  await app.open();
  await app.signIn(username);
  await app.waitForHome();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 30_000,
  });
  return {
    browser,
    app,
    deviceId: async () => String((await deviceMeta(await browser.page(), 'device'))?.['deviceId']),
  };
}

/** The server's SQLite database, opened from the test process (WAL allows a second reader). */
export const serverStore = (server: ServerProcess): Store =>
  openSqliteStore(join(server.dataDir, 'floorsync.sqlite'));
