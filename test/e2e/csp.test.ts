// The Content Security Policy the server sends holds for the whole app: signing in, a floor
// screen and the console load without one policy violation (a violation is either a feature the
// policy breaks or code that tries what the policy forbids, such as evaluating strings).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { AppPage } from './pages/app-page.ts';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

describe.runIf(requireChromium())('content security policy', () => {
  let server: ServerProcess;
  let phone: DeviceBrowser;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await DeviceBrowser.launch();
  });
  afterAll(async () => {
    await phone.close();
    await server.dispose();
  });

  it('sign-in, a floor screen and the console load without a policy violation', async () => {
    const page = await phone.page();
    await page.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.cspViolations!.push({
          directive: e.violatedDirective,
          blocked: e.blockedURI,
          source: `${e.sourceFile}:${e.lineNumber}`,
        });
      });
    });
    const app = new AppPage(page, server.url);
    const violations = () => page.evaluate(() => window.cspViolations ?? []);

    await app.open();
    await app.signIn('supervisor');
    await app.waitForHome();
    expect(await violations()).toEqual([]);

    await app.go('move');
    await page.waitForSelector('[data-testid=sync-badge]');
    expect(await violations()).toEqual([]);

    await app.open('/console');
    await page.waitForSelector('[role=tablist]');
    expect(await violations()).toEqual([]);
  });
});
