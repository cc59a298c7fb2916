// Scans on the device, end to end: an unknown barcode and a malformed one get a clear message
// and the error tone; a GS1 label fills in the item, its lot and its expiry by itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { demoItems } from '../../server/demo/generate.ts';

describe.runIf(requireChromium())('scan resolution on the device', () => {
  let server: ServerProcess;
  let phone: Phone;
  const lotItem = demoItems().find((i) => i.lotTracked)!;
  const each = lotItem.barcodes[0]!.code;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
  });
  afterAll(async () => {
    await phone.browser.close();
    await server.dispose();
  });

  const flashKind = () =>
    phone.app.page
      .waitForSelector('[data-testid=flash]')
      .then((el) => el.getAttribute('data-kind'));

  it('answers an unknown barcode with its text and the error tone', async () => {
    await phone.app.open('/lookup');
    const flash = flashKind();
    await phone.app.wedgeScan('NOPE-123');
    expect(await flash).toBe('error');
    expect(await phone.app.notice()).toBe('Unknown barcode NOPE-123');
  });

  it('answers a GTIN with a wrong check digit by saying so', async () => {
    const wrong = each.slice(0, -1) + String((Number(each.at(-1)) + 1) % 10);
    await phone.app.wedgeScan(wrong);
    await phone.app.page.waitForFunction(
      (w) => document.querySelector('[data-testid=notice]')?.textContent?.includes(w),
      wrong,
    );
    expect(await phone.app.notice()).toMatch(/check digit/i);
  });

  it('resolves a GS1 label to the item and fills lot and expiry in a move', async () => {
    await phone.app.open('/move');
    await phone.app.wedgeScan(lotItem.homeLocation!);
    await phone.app.page.waitForSelector('[data-testid=step-from].done');
    await phone.app.wedgeScan(`(01)0${each}(17)270331(10)LOT-77`);
    await phone.app.page.waitForSelector('[data-testid=lot-input]');
    expect(await phone.app.page.inputValue('[data-testid=lot-input]')).toBe('LOT-77');
    expect(await phone.app.page.inputValue('[data-testid=expiry-input]')).toBe('2027-03-31');
    expect(await phone.app.page.textContent('[data-testid=step-item]')).toContain(lotItem.sku);
  });
});
