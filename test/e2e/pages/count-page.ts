// Page model of the counting screens: one method per thing a counter does, each waiting for the
// screen to show the result, so the next scan starts from a settled screen.
import type { Page } from 'playwright-core';
import type { AppPage } from './app-page.ts';

export class CountPage {
  readonly page: Page;
  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  async openList(): Promise<void> {
    await this.app.open('/count');
    await this.page.waitForSelector('[data-testid=count-task-list]');
  }

  /** Task ids on the list, in the order shown. */
  async tasks(): Promise<string[]> {
    return this.page.$$eval('[data-testid=count-task-row]', (rows) =>
      rows.map((r) => r.getAttribute('data-id') ?? ''),
    );
  }

  async waitForTask(id: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=count-task-row][data-id="${id}"]`);
  }

  async openTask(id: string): Promise<void> {
    await this.page.click(`[data-testid=count-task-row][data-id="${id}"]`);
    await this.page.waitForSelector('[data-testid=count-locations]');
  }

  /** Locations of the open task in the order shown (walking order), with their state. */
  async locations(): Promise<[string, string][]> {
    return this.page.$$eval('[data-testid=count-location]', (rows) =>
      rows.map((r) => [r.getAttribute('data-location') ?? '', r.getAttribute('data-state') ?? '']),
    );
  }

  /** Scans a location (from the task or the list) and waits for its count screen. */
  async scanLocation(code: string): Promise<void> {
    await this.app.wedgeScan(code);
    await this.page.waitForSelector(`h1:has-text("${code}")`);
    await this.page.waitForSelector('[data-testid=count-lines]', { state: 'attached' });
  }

  /** Scans an item barcode and waits until the line shows `total`. */
  async scanItem(barcode: string, sku: string, total: number): Promise<void> {
    await this.app.wedgeScan(barcode);
    await this.page.waitForFunction(
      ([s, n]) =>
        document.querySelector<HTMLInputElement>(
          `[data-testid=count-line][data-sku="${s}"] [data-testid=qty-input]`,
        )?.value === String(n),
      [sku, total] as const,
    );
  }

  /** Taps the line's quantity and types `qty` at human speed, as a counter does. */
  async typeQty(sku: string, qty: number): Promise<void> {
    const input = `[data-testid=count-line][data-sku="${sku}"] [data-testid=qty-input]`;
    await this.page.click(input);
    await this.page.keyboard.type(String(qty), { delay: 120 });
    await this.page.waitForFunction(
      ([sel, n]) => document.querySelector<HTMLInputElement>(sel)?.value === String(n),
      [input, qty] as const,
    );
  }

  /** Whether the screen shows any book quantity (never for a blind count). */
  async showsBook(): Promise<boolean> {
    return (
      (await this.page.$$('[data-testid=count-book], [data-testid=count-not-found]')).length > 0
    );
  }

  /** Submits the count and waits to be back on the task (or the list). */
  async submit(): Promise<void> {
    await this.page.click('[data-testid=count-submit]');
    await this.page.waitForSelector('[data-testid=count-locations], [data-testid=count-task-list]');
  }

  /** "Location empty" in one tap. */
  async empty(): Promise<void> {
    await this.page.click('[data-testid=count-empty]');
    await this.page.waitForSelector('[data-testid=count-locations], [data-testid=count-task-list]');
  }
}
