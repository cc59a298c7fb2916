// Keyboard-wedge latency in Chromium with real key events: from the scanner's Enter (the key
// event's own timestamp) to the feedback (tone, vibration, flash), read from the app's User
// Timing measure. Scans alternate a location and an item on the look-up screen. Goal p95 <= 50 ms.
import { ServerProcess } from '../test/helpers/server-process.ts';
import { openPhone } from '../test/helpers/phone.ts';
import { demoItems } from '../server/demo/generate.ts';
import { summarize, type Summary } from './lib/stats.ts';

export interface WedgeFigures {
  scans: number;
  enterToFeedbackMs: Summary;
}

export async function benchWedge(scans = 100): Promise<WedgeFigures> {
  const server = await ServerProcess.start();
  const phone = await openPhone(server, 'picker');
  try {
    const page = phone.app.page;
    await phone.app.open('/lookup');
    await page.click('h1');
    const item = demoItems()[6]!;
    const codes = [item.homeLocation!, item.barcodes[0]!.code];
    await page.evaluate(() => performance.clearMeasures());
    for (let i = 0; i < scans; i++) {
      await page.keyboard.type(codes[i % 2]!);
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => performance.getEntriesByName('floorsync:scan-feedback').length >= n,
        i + 1,
      );
    }
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('floorsync:scan-feedback').map((e) => e.duration),
    );
    return { scans, enterToFeedbackMs: summarize(durations) };
  } finally {
    await phone.browser.close();
    await server.dispose();
  }
}
