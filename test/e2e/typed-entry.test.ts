// What a worker types is what is recorded. A counter types each line's quantity (and a lot) at
// human speed and, with the field still focused, pulls the scanner's trigger for the next item:
// the burst is a scan and leaves the typed text exactly as it was, also after a reload. A
// receiver empties the "Qty ×N" field and types 10: the next scan receives 10, not 110.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { demoItems } from '../../server/demo/generate.ts';
import { CountPage } from './pages/count-page.ts';
import { ReceivingPage } from './pages/receiving-page.ts';
import { scannerKeys } from './pages/scanner-keys.ts';

const items = demoItems();
const plain = items.filter((i) => !i.lotTracked && !i.expiryTracked).slice(0, 5);
const lotted = items.find((i) => i.lotTracked && !i.serialTracked)!;
const barcodeOf = (i: (typeof items)[number]) => i.barcodes.find((b) => b.packQty === 1)!.code;

const line = (sku: string) => `[data-testid=count-line][data-sku="${sku}"]`;
const valueOf = (page: Page, sel: string) => page.inputValue(sel);

/** A person's hand goes from the keys to the trigger: the scan starts well after the last key. */
const reachForTrigger = (page: Page) => page.waitForTimeout(300);

describe.runIf(requireChromium())('typed entry survives the next scan', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    server = await ServerProcess.start();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  describe('counting', () => {
    let phone: Phone;
    beforeAll(async () => {
      phone = await openPhone(server, 'counter');
    });
    afterAll(async () => {
      await phone?.browser.close();
    });

    it('a quantity typed into a line, then a scan with the field focused, stays as typed', async () => {
      const page = phone.app.page;
      const count = new CountPage(phone.app);
      await count.openList();
      await count.scanLocation('C-01-1');
      const typed = [49, 63, 32, 21];
      await page.click('[data-testid=prompt]');
      await scannerKeys(page, [barcodeOf(plain[0]!)]);
      await page.waitForSelector(`${line(plain[0]!.sku)} [data-testid=qty-input]`);
      for (const [i, qty] of typed.entries()) {
        const qtyInput = `${line(plain[i]!.sku)} [data-testid=qty-input]`;
        await count.typeQty(plain[i]!.sku, qty);
        await reachForTrigger(page);
        // The field still has focus when the scanner types the next item's barcode.
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
          'qty-input',
        );
        await scannerKeys(page, [barcodeOf(plain[i + 1]!)]);
        await page.waitForSelector(`${line(plain[i + 1]!.sku)} [data-testid=qty-input]`);
        await expect.poll(() => valueOf(page, qtyInput)).toBe(String(qty));
      }
      // What was saved is what was typed: a reload shows the same lines.
      await page.reload();
      await page.waitForSelector(`${line(plain[4]!.sku)} [data-testid=qty-input]`);
      for (const [i, qty] of typed.entries()) {
        await expect
          .poll(() => valueOf(page, `${line(plain[i]!.sku)} [data-testid=qty-input]`))
          .toBe(String(qty));
      }
    });

    it('a lot typed into a line, then a scan with the lot field focused, stays as typed', async () => {
      const page = phone.app.page;
      const count = new CountPage(phone.app);
      await count.openList();
      await count.scanLocation('C-02-1');
      await page.click('[data-testid=prompt]');
      await scannerKeys(page, [barcodeOf(lotted)]);
      const lotInput = `${line(lotted.sku)} [data-testid=lot-input]`;
      await page.click(lotInput);
      await page.keyboard.type('L26107', { delay: 150 });
      await reachForTrigger(page);
      await scannerKeys(page, [barcodeOf(plain[0]!)]);
      await page.waitForSelector(`${line(plain[0]!.sku)} [data-testid=qty-input]`);
      await expect.poll(() => valueOf(page, lotInput)).toBe('L26107');
      // Focus stayed in the lot field; a second scan leaves it alone too.
      await scannerKeys(page, [barcodeOf(plain[1]!)]);
      await page.waitForSelector(`${line(plain[1]!.sku)} [data-testid=qty-input]`);
      await page.reload();
      await page.waitForSelector(lotInput);
      await expect.poll(() => valueOf(page, lotInput)).toBe('L26107');
    });

    it('an emptied quantity field takes a new number and shows the old one again if left empty', async () => {
      const page = phone.app.page;
      const count = new CountPage(phone.app);
      await count.openList();
      await count.scanLocation('C-03-1');
      await page.click('[data-testid=prompt]');
      await scannerKeys(page, [barcodeOf(plain[2]!)]);
      const qtyInput = `${line(plain[2]!.sku)} [data-testid=qty-input]`;
      await expect.poll(() => valueOf(page, qtyInput)).toBe('1');
      await page.click(qtyInput);
      await page.keyboard.press('Backspace');
      await expect.poll(() => valueOf(page, qtyInput)).toBe('');
      await page.click('[data-testid=prompt]');
      await expect.poll(() => valueOf(page, qtyInput)).toBe('1');
      await count.typeQty(plain[2]!.sku, 7);
      await expect.poll(() => valueOf(page, qtyInput)).toBe('7');
    });
  });

  describe('receiving', () => {
    let phone: Phone;
    beforeAll(async () => {
      const login = await server.http.post<{ token: string }>('/api/auth/login', {
        username: 'admin',
        password: 'admin123',
      });
      const office = server.http.withToken(login.body.token);
      const imported = await office.post('/api/admin/warehouses/WH1/receipts', [
        {
          number: 'PO-TYPED',
          supplier: 'Typed Supplies',
          dueDate: '2026-12-03',
          lines: [{ sku: plain[0]!.sku, qty: 72 }],
        },
      ]);
      expect(imported.status, JSON.stringify(imported.body)).toBe(200);
      phone = await openPhone(server, 'receiver');
      await phone.app.waitForBadge('upToDate');
    });
    afterAll(async () => {
      await phone?.browser.close();
    });

    it('a quantity typed after emptying the field is the quantity received', async () => {
      const page = phone.app.page;
      const rcv = new ReceivingPage(phone.app);
      await rcv.openList();
      await page.waitForSelector('[data-testid=receipt-row][data-number="PO-TYPED"]');
      await rcv.scanReceipt('PO-TYPED');
      await page.click('[data-testid=qty-toggle]');
      const qtyInput = '[data-testid=qty-panel] [data-testid=qty-input]';
      await page.click(qtyInput);
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await expect.poll(() => valueOf(page, qtyInput)).toBe('');
      await page.keyboard.type('10', { delay: 150 });
      await expect.poll(() => valueOf(page, qtyInput)).toBe('10');
      await page.click('[data-testid=qty-panel] button.primary');
      await page.waitForSelector('[data-testid=qty-toggle]:has-text("×10")');
      await page.click('[data-testid=prompt]');
      await scannerKeys(page, [barcodeOf(plain[0]!)]);
      await rcv.waitReceived('PO-TYPED|1', 10);
      await rcv.waitNotice('Received 10');
    });
  });
});
