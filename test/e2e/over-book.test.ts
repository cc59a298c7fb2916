// A quantity larger than the book holds at the source is asked about before anything is
// recorded: the worker can change it, or confirm it (the floor is the truth) and the move is
// recorded with the supervisor told. Typed with real keys, scanned with real bursts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { demoItems, demoStock } from '../../server/demo/generate.ts';
import { scannerKeys } from './pages/scanner-keys.ts';

const items = demoItems();
const stock = demoStock(items);
const plain = items.filter((i) => !i.lotTracked && !i.expiryTracked && !i.serialTracked);
const bookAtHome = (sku: string, home: string) =>
  stock.filter((s) => s.sku === sku && s.location === home).reduce((n, s) => n + s.qty, 0);

const moves = async (page: Page) =>
  (await deviceOps(page))
    .filter((o) => o.type === 'stock.move')
    .map((o) => o.payload as { sku: string; qty: number; from: string; to: string });

describe.runIf(requireChromium())('a move of more than the book holds', () => {
  let server: ServerProcess;
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
    page = phone.app.page;
    await phone.app.waitForBadge('upToDate');
  });
  afterAll(async () => {
    await phone?.browser.close();
    await server?.dispose();
  });

  /** Scans from and the item, then types `qty` into the focused-by-tap quantity field. */
  const startMove = async (item: (typeof items)[number], qty: number) => {
    await phone.app.open('/move');
    await page.click('[data-testid=prompt]');
    await scannerKeys(page, [item.homeLocation!]);
    await page.waitForSelector('[data-testid=step-from].done');
    await scannerKeys(page, [item.barcodes[0]!.code]);
    await page.waitForSelector('[data-testid=qty-input]');
    await page.click('[data-testid=qty-input]');
    await page.keyboard.type(String(qty), { delay: 120 });
    await expect.poll(() => page.inputValue('[data-testid=qty-input]')).toBe(String(qty));
    await page.click('[data-testid=prompt]');
  };

  it('asks before recording, and the worker changes the quantity', async () => {
    const item = plain[0]!;
    const book = bookAtHome(item.sku, item.homeLocation!);
    await startMove(item, book + 10);
    await scannerKeys(page, ['R-01']);
    await page.waitForSelector('[data-testid=over-book]');
    expect(await page.textContent('[data-testid=over-book]')).toContain(`The book has ${book}`);
    expect(await moves(page)).toEqual([]);

    await page.click('[data-testid=over-book-change]');
    await page.waitForSelector('[data-testid=over-book]', { state: 'detached' });
    await page.click('[data-testid=qty-input]');
    await page.keyboard.type(String(book), { delay: 120 });
    await page.click('[data-testid=prompt]');
    await scannerKeys(page, ['R-01']);
    await page.waitForSelector(`[data-testid=notice]:has-text("Moved ${book}")`);
    await expect
      .poll(() => moves(page))
      .toEqual([expect.objectContaining({ sku: item.sku, qty: book, to: 'R-01' })]);
  });

  it('records the quantity the worker confirms, with the supervisor told', async () => {
    const item = plain[1]!;
    const book = bookAtHome(item.sku, item.homeLocation!);
    await startMove(item, book + 5);
    await scannerKeys(page, ['R-02']);
    await page.waitForSelector('[data-testid=over-book]');
    await page.click('[data-testid=over-book-confirm]');
    await page.waitForSelector('[data-testid=notice]:has-text("a supervisor is told")');
    await expect
      .poll(async () => (await moves(page)).filter((m) => m.sku === item.sku))
      .toEqual([expect.objectContaining({ qty: book + 5, to: 'R-02' })]);
  });
});
