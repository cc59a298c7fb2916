// Page model of the supervisor console: one method per thing a supervisor looks at or does.
import type { Page } from 'playwright-core';
import type { AppPage } from './app-page.ts';

export interface DeviceView {
  state: string;
  waiting: number;
  oldest: string;
}

export class ConsolePage {
  constructor(readonly app: AppPage) {}

  get page(): Page {
    return this.app.page;
  }

  async open(tab = 'devices'): Promise<void> {
    await this.app.open(`/console?tab=${tab}`);
    await this.page.waitForSelector('[data-testid=console-live][data-live=true]');
  }

  async tab(name: string): Promise<void> {
    await this.page.click(`[data-testid=tab-${name}]`);
  }

  /** A marker that survives only as long as the page is not reloaded. */
  async markPage(): Promise<void> {
    await this.page.evaluate(() => ((window as { consoleMark?: number }).consoleMark = 1));
  }

  async wasReloaded(): Promise<boolean> {
    return this.page.evaluate(() => (window as { consoleMark?: number }).consoleMark !== 1);
  }

  async device(id: string): Promise<DeviceView | null> {
    return this.page.evaluate((deviceId) => {
      const row = document.querySelector(`[data-testid=device-row][data-device-id="${deviceId}"]`);
      if (!row) return null;
      return {
        state: row.getAttribute('data-state') ?? '',
        waiting: Number(row.getAttribute('data-waiting')),
        oldest: row.querySelector('[data-testid=oldest]')?.textContent ?? '',
      };
    }, id);
  }

  /** Waits until the device's row satisfies `test` (evaluated in the page on its attributes). */
  async waitForDevice(
    id: string,
    want: { state?: string; minWaiting?: number; waiting?: number },
    timeout = 60_000,
  ): Promise<void> {
    await this.page.waitForFunction(
      ({ id, want }) => {
        const row = document.querySelector(`[data-testid=device-row][data-device-id="${id}"]`);
        if (!row) return false;
        const waiting = Number(row.getAttribute('data-waiting'));
        if (want.state && row.getAttribute('data-state') !== want.state) return false;
        if (want.waiting !== undefined && waiting !== want.waiting) return false;
        if (want.minWaiting !== undefined && waiting < want.minWaiting) return false;
        return true;
      },
      { id, want },
      { timeout, polling: 50 },
    );
  }

  async waitForException(kind: string, timeout = 60_000): Promise<string> {
    const el = await this.page.waitForSelector(`[data-testid=exception][data-kind="${kind}"]`, {
      timeout,
    });
    return (await el.getAttribute('data-id')) ?? '';
  }

  /** Opens an exception's details with the keyboard (focus + Enter) and waits for its actions. */
  async details(id: string): Promise<void> {
    const row = `[data-testid=exception][data-id="${id}"]`;
    if (await this.page.$(`tr[data-for="${id}"]`)) return;
    await this.page.focus(`${row} [data-testid=x-details]`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector(`tr[data-for="${id}"] [data-testid=x-trail]`);
  }

  /** The effect lines an action shows before it is confirmed. */
  async effect(action: string): Promise<string[]> {
    return this.page.$$eval(`[data-testid="effect-${action}"] li`, (els) =>
      els.map((e) => e.textContent ?? ''),
    );
  }

  /**
   * Resolves an exception as a supervisor would with a keyboard: opens its details, selects the
   * action (Space on its radio), types the reason, and presses Confirm (Enter).
   */
  async act(id: string, action: string, reason = ''): Promise<void> {
    await this.details(id);
    const d = `tr[data-for="${id}"]`;
    await this.page.focus(`${d} [data-testid=x-offers] input[data-action="${action}"]`);
    await this.page.keyboard.press('Space');
    if (reason) {
      await this.page.focus(`${d} [data-testid=reason]`);
      // Typed at a person's pace: a fast burst ending in Enter is what a wedge scanner sends.
      await this.page.keyboard.type(reason, { delay: 70 });
    }
    await this.page.focus(`${d} [data-testid=x-confirm]`);
    await this.page.keyboard.press('Enter');
  }

  /** Sets the app's language (as Settings does) and reloads the console. */
  async language(lang: 'en' | 'zh-CN', tab = 'devices'): Promise<void> {
    await this.page.evaluate((l) => {
      const key = 'floorsync.settings';
      const cur = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...cur, lang: l }));
    }, lang);
    await this.open(tab);
  }
}
