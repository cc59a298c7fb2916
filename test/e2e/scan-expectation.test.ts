// Context-aware symbologies through a real scanner's keys (issue #19): at the stock move's
// location step, a wedge scan whose AIM identifier says EAN-13 is refused with a sentence saying
// what to scan, before any lookup; a Code 128 location label (]C0) goes through, and at the item
// step the same EAN-13 is taken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { demoItems } from '../../server/demo/generate.ts';

const item = demoItems().find((i) => !i.lotTracked && !i.serialTracked)!;
const ean = item.barcodes[0]!.code;

describe.runIf(requireChromium())('scan expectations', () => {
  let server: ServerProcess;
  let phone: Phone;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
  });
  afterAll(async () => {
    await phone?.browser.close();
    await server?.dispose();
  });

  it('refuses a product barcode at the location step and says what to scan', async () => {
    const page = phone.app.page;
    await phone.app.open('/move');
    await page.waitForSelector('[data-testid=prompt]');
    await phone.app.wedgeScanKeys(`]E0${ean}`);
    const flash = await page.waitForSelector('[data-testid=flash]');
    expect(await flash.textContent()).toContain(
      'That barcode is EAN-13. Scan a location label here.',
    );
    expect(await page.$('[data-testid=step-from].done')).toBeNull();

    await page.waitForSelector('[data-testid=flash]', { state: 'detached' });
    await phone.app.wedgeScanKeys(']C0A-01-1');
    await page.waitForSelector('[data-testid=step-from].done');
    await phone.app.wedgeScanKeys(`]E0${ean}`);
    await page.waitForSelector('[data-testid=step-item].done');
    expect(await page.textContent('[data-testid=step-item]')).toContain(item.sku);
  });
});
