// Page model of the stock move screen.
import type { AppPage } from './app-page.ts';

export class MovePage {
  constructor(readonly app: AppPage) {}

  async open(): Promise<void> {
    await this.app.open('/move');
    await this.app.page.waitForSelector('[data-testid=prompt]');
  }

  /** Scans from, the item `times` times, then to (confirming a move over the book); waits for the "Moved" notice. */
  async move(from: string, item: string, to: string, times = 1): Promise<void> {
    const page = this.app.page;
    await this.app.wedgeScan(from);
    await page.waitForSelector('[data-testid=step-from].done');
    for (let i = 0; i < times; i++) await this.app.wedgeScan(item);
    await page.waitForSelector('[data-testid=step-item].done');
    await this.app.wedgeScan(to);
    // A move of more than the book holds at `from` is asked about first; the floor is the truth.
    await page.waitForFunction(
      (code) =>
        document.querySelector('[data-testid=over-book]') !== null ||
        document.querySelector('[data-testid=notice]')?.textContent?.includes(`to ${code}`),
      to,
    );
    if (await page.$('[data-testid=over-book]'))
      await page.click('[data-testid=over-book-confirm]');
    await page.waitForFunction(
      (code) => document.querySelector('[data-testid=notice]')?.textContent?.includes(`to ${code}`),
      to,
    );
    await page.waitForSelector('[data-testid=step-from]:not(.done)');
  }
}
