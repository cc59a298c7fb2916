// Page model of the administration screen (/admin), driven only with real key events: a field is
// focused by a click and typed into at a person's pace, checkboxes toggle with Space, forms go with Enter.
import type { Page } from 'playwright-core';

/**
 * Types as a person does, about 120 ms a key: the app's scanner wedge takes a fast burst that
 * ends in Enter for a scan (SCANNING.md: scanners 5–60 ms, people 100–200 ms).
 */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text, { delay: 120 });
}

export class AdminPage {
  constructor(readonly page: Page) {}

  async openFromHome(): Promise<void> {
    await this.page.click('[data-testid=tile-admin]');
    await this.page.waitForSelector('[data-testid=users-table]');
  }

  row(username: string): string {
    return `[data-testid="user-${username}"]`;
  }

  async createUser(u: {
    username: string;
    name: string;
    password: string;
    roles: string[];
    warehouses: string[];
  }): Promise<void> {
    const p = this.page;
    await p.click('[data-testid=user-new]');
    await typeInto(p, 'input[name=new-username]', u.username);
    await typeInto(p, 'input[name=new-name]', u.name);
    await typeInto(p, 'input[name=new-password]', u.password);
    for (const r of u.roles) {
      await p.focus(`input[name=role-${r}]`);
      await p.keyboard.press('Space');
    }
    for (const w of u.warehouses) {
      await p.focus(`input[name=wh-${w}]`);
      await p.keyboard.press('Space');
    }
    await p.focus('input[name=new-name]');
    await p.keyboard.press('Enter');
    await p.waitForSelector(this.row(u.username));
    await p.waitForSelector('[data-testid=user-form]', { state: 'detached' });
  }

  async deactivate(username: string, reason: string): Promise<void> {
    const p = this.page;
    await p.click(`${this.row(username)} [data-testid=user-deactivate]`);
    await typeInto(p, 'input[name=deactivate]', reason);
    await p.keyboard.press('Enter');
    await p.waitForSelector(`${this.row(username)}[data-active=false]`);
  }

  async stateOf(username: string): Promise<string> {
    return (await this.page.textContent(`${this.row(username)} [data-testid=user-state]`)) ?? '';
  }

  /** The history tab's rows as [action, sentence, reason]. */
  async history(): Promise<string[][]> {
    await this.page.click('[data-testid=tab-history]');
    await this.page.waitForSelector('[data-testid=admin-audit]');
    const rows = await this.page.$$eval('[data-testid=audit-row]', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-action') ?? '',
        tr.children[2]?.textContent ?? '',
        tr.children[3]?.textContent ?? '',
      ]),
    );
    await this.page.click('[data-testid=tab-users]');
    await this.page.waitForSelector('[data-testid=users-table]');
    return rows;
  }
}
