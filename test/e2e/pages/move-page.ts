// Page model of the stock move screen.
import type { AppPage } from './app-page.ts';

export class MovePage {
  constructor(readonly app: AppPage) {}

  async open(): Promise<void> {
    await this.app.open('/move');
    await this.app.page.waitForSelector('[data-testid=prompt]');
  }

  /** Scans from, the item `times` times, then to; waits for the "Moved" notice. */
  async move(from: string, item: string, to: string, times = 1): Promise<void> {
    const page = this.app.page;
    await this.app.wedgeScan(from);
    await page.waitForSelector('[data-testid=step-from].done');
    for (let i = 0; i < times; i++) await this.app.wedgeScan(item);
    await page.waitForSelector('[data-testid=step-item].done');
    await this.app.wedgeScan(to);
    await page.waitForFunction(
      (code) => document.querySelector('[data-testid=notice]')?.textContent?.includes(`to ${code}`),
      to,
    );
    await page.waitForSelector('[data-testid=step-from]:not(.done)');
  }
}
