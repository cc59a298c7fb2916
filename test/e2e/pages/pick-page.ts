// Page model of the picking screens: one method per thing a picker does, each waiting for the
// screen to show the result, so the next scan starts from a settled screen.
import type { Page } from 'playwright-core';
import type { AppPage } from './app-page.ts';

export class PickPage {
  readonly page: Page;
  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  /** A hardware scanner scan (see AppPage.wedgeScan). */
  async scan(text: string): Promise<void> {
    await this.app.wedgeScan(text);
  }

  async openLists(): Promise<void> {
    await this.app.go('pick');
    await this.page.waitForSelector('[data-testid=pick-lists]');
  }

  async waitListRow(number: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=pick-row][data-number="${number}"]`);
  }

  /** Claims and opens a list by scanning its barcode. */
  async scanList(barcode: string, number = barcode): Promise<void> {
    await this.scan(barcode);
    await this.page.waitForSelector(`h1:has-text("${number}")`);
    await this.page.waitForSelector('[data-testid=pick-lines]');
  }

  /** Waits until the current line is the one at this location, at this step. */
  async waitLine(location: string, step?: string): Promise<void> {
    const sel = `[data-testid=current-line][data-location="${location}"]${step ? `[data-step=${step}]` : ''}`;
    await this.page.waitForSelector(sel, { timeout: 15_000 });
  }

  async waitQty(picked: number, qty: number): Promise<void> {
    await this.page.waitForSelector(
      `[data-testid=current-line] [data-testid=line-qty]:text-is("${picked} of ${qty}")`,
      { timeout: 15_000 },
    );
  }

  async waitNotice(text: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=notice]:has-text("${text}")`, {
      timeout: 15_000,
    });
  }

  async noticeKind(): Promise<string | null> {
    return this.page.getAttribute('[data-testid=notice]', 'class');
  }

  async short(reason: 'empty' | 'damaged' | 'not_found'): Promise<void> {
    await this.page.click('[data-testid=short-button]');
    await this.page.click(`[data-testid=short-reason][data-reason=${reason}]`);
  }

  async waitComplete(): Promise<void> {
    await this.page.waitForSelector('[data-testid=pick-complete]', { timeout: 15_000 });
  }

  async progress(): Promise<string> {
    return (await this.page.textContent('[data-testid=progress]')) ?? '';
  }
}
