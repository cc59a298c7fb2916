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

  /** Types a reason on the exception's card and presses one of its action buttons. */
  async act(
    id: string,
    action: 'Accept' | 'Approve' | 'Reject' | 'Recount',
    reason = '',
  ): Promise<void> {
    const card = `[data-testid=exception][data-id="${id}"]`;
    if (reason) await this.page.fill(`${card} [data-testid=reason]`, reason);
    await this.page.click(`${card} button:text-is("${action}")`);
  }
}
