// Quarantine holds on the device (docs/receiving.md Q1), offline: a picker is told at the scan of
// a quarantine location that its stock stays there, and a move out of it is refused with nothing
// recorded; a supervisor's move out asks for a reason and records a release the server books.
// Typed with real keys, scanned with real bursts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { stockOf } from '../helpers/server-state.ts';
import { demoItems } from '../../server/demo/generate.ts';
import { scannerKeys } from './pages/scanner-keys.ts';
import type { Store } from '../../server/store/store.ts';

const plain = demoItems().filter((i) => !i.lotTracked && !i.expiryTracked && !i.serialTracked);

const opsOf = async (page: Page, type: string) =>
  (await deviceOps(page)).filter((o) => o.type === type).map((o) => o.payload);

/** From, item, typed quantity, to: the whole move with real keys and bursts. */
async function moveWithKeys(page: Page, from: string, barcode: string, qty: number, to: string) {
  await page.click('[data-testid=prompt]');
  await scannerKeys(page, [from]);
  await page.waitForSelector('[data-testid=step-from].done');
  await scannerKeys(page, [barcode]);
  await page.waitForSelector('[data-testid=qty-input]');
  await page.click('[data-testid=qty-input]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(qty), { delay: 100 });
  await expect.poll(() => page.inputValue('[data-testid=qty-input]')).toBe(String(qty));
  await page.click('[data-testid=prompt]');
  await scannerKeys(page, [to]);
}

describe.runIf(requireChromium())('quarantine holds on the device', () => {
  let server: ServerProcess;
  let store: Store;
  const phones: Phone[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start();
    store = serverStore(server);
  });
  afterAll(async () => {
    for (const p of phones) await p.browser.close();
    await store?.close();
    await server?.dispose();
  });

  const phoneOf = async (user: string) => {
    const phone = await openPhone(server, user);
    phones.push(phone);
    await phone.app.waitForBadge('upToDate');
    return phone;
  };

  it('Q1 a picker offline is warned at the quarantine location and cannot move its stock out', async () => {
    const phone = await phoneOf('picker');
    const page = phone.app.page;
    const item = plain[3]!;
    await page.context().setOffline(true);
    await phone.app.open('/move');
    await moveWithKeys(page, item.homeLocation!, item.barcodes[0]!.code, 1, 'QUAR-1');
    await page.waitForSelector('[data-testid=notice]:has-text("Moved 1")');

    await moveWithKeys(page, 'QUAR-1', item.barcodes[0]!.code, 1, 'R-05');
    await page.waitForSelector('[data-testid=notice]:has-text("Only a supervisor can release")');
    expect(await page.locator('[data-testid=release]').count()).toBe(0);
    await expect
      .poll(() => opsOf(page, 'stock.move'))
      .toEqual([expect.objectContaining({ from: item.homeLocation, to: 'QUAR-1', qty: 1 })]);

    // The warning is given at the scan of the quarantine location, before anything is carried.
    await phone.app.open('/move');
    await page.click('[data-testid=prompt]');
    await scannerKeys(page, ['QUAR-1']);
    await page.waitForSelector('[data-testid=notice]:has-text("QUAR-1 is quarantine")');
  });

  it('Q1 a supervisor releases offline with a typed reason, and the server books it', async () => {
    const phone = await phoneOf('supervisor');
    const page = phone.app.page;
    const item = plain[4]!;
    await phone.app.open('/move');
    await moveWithKeys(page, item.homeLocation!, item.barcodes[0]!.code, 2, 'QUAR-2');
    await page.waitForSelector('[data-testid=notice]:has-text("Moved 2")');
    await phone.app.waitForBadge('upToDate');
    const atR06 = await stockOf(store, 'WH1', 'R-06', item.sku);

    await page.context().setOffline(true);
    await moveWithKeys(page, 'QUAR-2', item.barcodes[0]!.code, 2, 'R-06');
    await page.waitForSelector('[data-testid=release]');
    expect(await opsOf(page, 'stock.release')).toEqual([]);
    // No reason, no release.
    await page.click('[data-testid=release-confirm]');
    await page.waitForSelector('[data-testid=release-need-reason]');
    await page.click('[data-testid=release-reason]');
    await page.keyboard.type('checked, box only', { delay: 60 });
    await page.click('[data-testid=release-confirm]');
    await page.waitForSelector('[data-testid=notice]:has-text("Released 2")');
    await expect
      .poll(() => opsOf(page, 'stock.release'))
      .toEqual([
        expect.objectContaining({
          from: 'QUAR-2',
          to: 'R-06',
          qty: 2,
          reason: 'checked, box only',
        }),
      ]);

    await page.context().setOffline(false);
    await expect
      .poll(() => stockOf(store, 'WH1', 'R-06', item.sku), { timeout: 60_000 })
      .toBe(atR06 + 2);
    await expect.poll(() => stockOf(store, 'WH1', 'QUAR-2', item.sku)).toBe(0);
  });
});
