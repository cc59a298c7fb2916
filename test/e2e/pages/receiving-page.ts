// Page model of the receiving and putaway screens: one method per thing a receiver does, each
// waiting for the screen to show the result, so the next scan starts from a settled screen.
import type { Page } from 'playwright-core';
import type { AppPage } from './app-page.ts';

export class ReceivingPage {
  readonly page: Page;
  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  /** A hardware scanner scan (see AppPage.wedgeScan). */
  async scan(text: string): Promise<void> {
    await this.app.wedgeScan(text);
  }

  async openList(): Promise<void> {
    await this.app.go('receive');
    await this.page.waitForSelector('[data-testid=receipt-list]');
  }

  /** Opens a receipt by scanning its barcode with the hardware scanner. */
  async scanReceipt(barcode: string, number = barcode): Promise<void> {
    await this.scan(barcode);
    await this.page.waitForSelector(`h1:text-is("${number}")`);
    await this.page.waitForSelector('[data-testid=receipt-lines]');
  }

  lineSelector(key: string): string {
    return `[data-testid=receipt-line][data-key="${key}"]`;
  }

  async received(key: string): Promise<number> {
    return Number(
      await this.page.textContent(`${this.lineSelector(key)} [data-testid=line-received]`),
    );
  }

  async lineState(key: string): Promise<string | null> {
    return this.page.getAttribute(this.lineSelector(key), 'data-state');
  }

  /** Waits until the line shows this many received. */
  async waitReceived(key: string, qty: number): Promise<void> {
    await this.page.waitForFunction(
      ([sel, n]) =>
        document.querySelector(`${sel} [data-testid=line-received]`)?.textContent === String(n),
      [this.lineSelector(key), qty] as const,
      { timeout: 15_000 },
    );
  }

  async waitHeld(): Promise<void> {
    await this.page.waitForSelector('[data-testid=held-prompt]');
  }

  async waitNotHeld(): Promise<void> {
    await this.page.waitForSelector('[data-testid=held-prompt]', { state: 'detached' });
  }

  async setMultiplier(n: number): Promise<void> {
    await this.page.click('[data-testid=qty-toggle]');
    // Tapped and typed at human speed: the tap selects the old number, the keys replace it.
    await this.page.click('[data-testid=qty-panel] [data-testid=qty-input]');
    await this.page.keyboard.type(String(n), { delay: 120 });
    await this.page.click('[data-testid=qty-panel] button.primary');
    await this.page.waitForSelector(`[data-testid=qty-toggle]:has-text("×${n}")`);
  }

  /** Damaged with a reason and a photo from the camera (a file for the capture input). */
  async markNextDamaged(reason: string, photoFile?: string): Promise<void> {
    await this.page.click('[data-testid=damaged-toggle]');
    await this.page.click(`[data-testid=reason-${reason}]`);
    if (photoFile) {
      await this.page.setInputFiles('[data-testid=photo-input]', photoFile);
      await this.page.waitForSelector('[data-testid=photo-thumb]');
    }
  }

  /** Undo last: the confirmation names the scan, and the receiver says yes. */
  async undo(): Promise<void> {
    await this.page.click('[data-testid=undo]');
    await this.page.click('[data-testid=undo-yes]');
    await this.page.waitForSelector('[data-testid=undo-confirm]', { state: 'detached' });
  }

  async notice(): Promise<string> {
    return (await this.page.textContent('[data-testid=notice]')) ?? '';
  }

  async waitNotice(text: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=notice]:has-text("${text}")`, {
      timeout: 15_000,
    });
  }

  /** Finish delivery: the summary (R13) is shown, then confirmed as it is. */
  async finish(): Promise<void> {
    await this.page.click('[data-testid=finish]');
    await this.page.click('[data-testid=finish-confirm]');
    await this.page.waitForSelector('[data-testid=receipt-list]');
  }

  async openPutaway(): Promise<void> {
    await this.app.go('putaway');
    await this.page.waitForSelector('[data-testid=putaway-list]', { state: 'attached' });
  }

  async waitPutawayRow(sku: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid=putaway-row][data-sku="${sku}"]`);
  }

  async suggestion(): Promise<string> {
    await this.page.waitForSelector('[data-testid=suggestion]');
    return (await this.page.textContent('[data-testid=suggestion]')) ?? '';
  }
}
