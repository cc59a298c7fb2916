// Page model of the pack station: one method per thing a packer does, each waiting for the
// screen to show the result, so the next scan starts from a settled screen.
import type { Page } from 'playwright-core';
import type { AppPage } from './app-page.ts';

export class PackPage {
  readonly page: Page;
  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  async open(): Promise<void> {
    await this.app.go('pack');
    await this.page.waitForSelector('[data-testid=prompt]');
  }

  /** A scanner burst (DataWedge, no delay between characters). */
  scan(text: string): Promise<void> {
    return this.app.wedgeScan(text);
  }

  async waitOrder(order: string): Promise<void> {
    await this.page.waitForSelector(`h1:has-text("${order}")`);
    await this.page.waitForSelector('[data-testid=pack-lines]');
  }

  async openCarton(type: string): Promise<void> {
    await this.page.click(`[data-testid=open-carton-button][data-type=${type}]`);
    await this.page.waitForSelector('[data-testid=open-carton]');
  }

  async waitLeft(sku: string, left: number): Promise<void> {
    await this.page.waitForSelector(
      `[data-testid=pack-line][data-sku="${sku}"][data-left="${left}"]`,
    );
  }

  async waitNotice(text: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=notice]:has-text("${text}")`);
  }

  noticeKind(): Promise<string | null> {
    return this.page.getAttribute('[data-testid=notice]', 'class');
  }

  /** Types the weight with real key presses, as a packer reading the scale does. */
  async typeWeight(kg: string): Promise<void> {
    await this.page.click('[data-testid=weight]');
    await this.page.keyboard.type(kg, { delay: 120 });
  }

  /** Closes the carton and returns the SSCC its label shows. */
  async close(): Promise<string> {
    await this.page.click('[data-testid=close-carton]');
    const label = await this.page.waitForSelector('[data-testid=label][data-sscc]');
    return (await label.getAttribute('data-sscc'))!;
  }
}
