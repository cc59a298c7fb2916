// Page model of the PWA for end-to-end tests: one method per thing a worker does.
import type { Page } from 'playwright-core';

export const PASSWORDS: Record<string, string> = {
  picker: 'picker123',
  picker2: 'picker123',
  receiver: 'receiver123',
  counter: 'counter123',
  supervisor: 'supervisor123',
  admin: 'admin123',
  north: 'north123',
};

export class AppPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens a path; once signed in, waits until a screen (with its sync badge) is up. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(this.baseUrl + path);
    await this.page.waitForSelector('[data-testid=sync-badge], input[name=username]');
  }

  async signIn(username: string, password = PASSWORDS[username] ?? ''): Promise<void> {
    await this.page.fill('input[name=username]', username);
    await this.page.fill('input[name=password]', password);
    await this.page.click('button[type=submit]');
  }

  /** Home is shown once the first snapshot of the warehouse has landed. */
  async waitForHome(): Promise<void> {
    await this.page.waitForSelector('[data-testid=tile-move]', { timeout: 60_000 });
  }

  async go(tile: string): Promise<void> {
    await this.page.click(`[data-testid=tile-${tile}]`);
  }

  /**
   * A hardware scanner set to send with no delay between characters (DataWedge's default):
   * the key events are dispatched in the page in one go, so a busy test machine cannot stretch
   * the burst into something that looks like typing.
   */
  async wedgeScan(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      const target = document.activeElement ?? document.body;
      for (const key of [...Array.from(t), 'Enter']) {
        target.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true }),
        );
        target.dispatchEvent(
          new KeyboardEvent('keyup', { key, bubbles: true, cancelable: true, composed: true }),
        );
      }
    }, text);
  }

  /** A scanner typing through real key events, `delay` ms apart. */
  async wedgeScanKeys(text: string, delay = 8): Promise<void> {
    await this.page.keyboard.type(text, { delay });
    await this.page.keyboard.press('Enter');
  }

  /** Typed entry in the scan bar. */
  async typeScan(text: string): Promise<void> {
    await this.page.fill('[data-testid=scan-input]', text);
    await this.page.press('[data-testid=scan-input]', 'Enter');
  }

  async badgeState(): Promise<string | null> {
    return this.page.getAttribute('[data-testid=sync-badge]', 'data-state');
  }

  async waitForBadge(state: string, timeout = 30_000): Promise<void> {
    await this.page.waitForSelector(`[data-testid=sync-badge][data-state=${state}]`, { timeout });
  }

  async notice(): Promise<string> {
    return (await this.page.textContent('[data-testid=notice]')) ?? '';
  }

  /** Counts outbox rows by status, read straight from the device's IndexedDB. */
  async outbox(): Promise<Record<string, number>> {
    return this.page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve, reject) => {
          const req = indexedDB.open('floorsync');
          req.onerror = () => reject(new Error(String(req.error)));
          req.onsuccess = () => {
            const tx = req.result.transaction('outbox', 'readonly');
            const all = tx.objectStore('outbox').getAll();
            all.onsuccess = () => {
              const counts: Record<string, number> = {};
              for (const op of all.result as { status: string }[])
                counts[op.status] = (counts[op.status] ?? 0) + 1;
              req.result.close();
              resolve(counts);
            };
          };
        }),
    );
  }
}
