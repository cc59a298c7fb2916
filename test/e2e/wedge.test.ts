// Keyboard-wedge scanners end to end, with real key events: a burst at scanner speed ending with
// Enter is one scan whichever way the scanner spells GS (FNC1); the same text typed at human
// speed into a field stays typing. The scanner self-test says which setting to change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { scannerKeys, type KeyPart } from './pages/scanner-keys.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { demoItems } from '../../server/demo/generate.ts';

const lotItem = demoItems().find((i) => i.lotTracked)!;
const gtin = `0${lotItem.barcodes[0]!.code}`;

const GS_ENCODINGS: { name: string; parts: KeyPart[]; substitute?: string }[] = [
  { name: 'ASCII 29', parts: [`01${gtin}10LOT-A`, { control: '\u001d' }, '17270331'] },
  { name: 'F8 (Honeywell)', parts: [`01${gtin}10LOT-A`, { key: 'F8' }, '17270331'] },
  {
    name: 'Ctrl+]',
    parts: [`01${gtin}10LOT-A`, { key: 'Ctrl+]' }, '17270331'],
  },
  { name: 'the text <GS>', parts: [`01${gtin}10LOT-A<GS>17270331`] },
  { name: 'caret notation ^]', parts: [`01${gtin}10LOT-A^]17270331`] },
  { name: '~1 after an AIM ]C1 prefix', parts: [`]C101${gtin}10LOT-A~117270331`] },
  { name: "the site's substitute |", parts: [`01${gtin}10LOT-A|17270331`], substitute: '|' },
];

describe.runIf(requireChromium())('keyboard wedge', () => {
  let server: ServerProcess;
  let phone: Phone;
  let page: Page;

  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
    page = phone.app.page;
  });
  afterAll(async () => {
    await phone?.browser.close();
    await server?.dispose();
  });

  const setSubstitute = (value: string) =>
    page.evaluate((v) => {
      const key = 'floorsync.settings';
      const s = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...s, gsSubstitute: v }));
    }, value);

  const startMove = async () => {
    await phone.app.open('/move');
    await page.click('[data-testid=prompt]'); // focus on the page, not in a field
    await scannerKeys(page, [lotItem.homeLocation!]);
    await page.waitForSelector('[data-testid=step-from].done');
  };

  it.each(GS_ENCODINGS)('a GS1 burst with GS sent as $name is one scan', async (c) => {
    await setSubstitute(c.substitute ?? '');
    await startMove();
    await scannerKeys(page, c.parts);
    await page.waitForSelector('[data-testid=lot-input]');
    expect(await page.textContent('[data-testid=step-item]')).toContain(lotItem.sku);
    expect(await page.inputValue('[data-testid=lot-input]')).toBe('LOT-A');
    expect(await page.inputValue('[data-testid=expiry-input]')).toBe('2027-03-31');
    expect(await page.textContent('[data-testid=step-qty] .value')).toBe('1');
  });

  it('the same text typed at human speed into a field stays in the field', async () => {
    await setSubstitute('');
    await startMove();
    await scannerKeys(page, [lotItem.barcodes[0]!.code]);
    await page.waitForSelector('[data-testid=lot-input]');
    // A location code typed slowly as the lot: typing, not a scan of the to-location.
    await page.click('[data-testid=lot-input]');
    await scannerKeys(page, ['B-02-1'], { gapMs: 150 });
    expect(await page.inputValue('[data-testid=lot-input]')).toBe('B-02-1');
    expect(await page.$('[data-testid=notice]')).toBeNull();
    expect(await page.textContent('[data-testid=step-to]')).toContain('—');

    // The same code from a scanner while the field has focus: a scan, taken out of the field.
    await page.fill('[data-testid=lot-input]', 'LOT-B');
    await page.fill('[data-testid=expiry-input]', '2027-03-31');
    await page.click('[data-testid=lot-input]');
    await scannerKeys(page, ['B-02-1']);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=notice]')?.textContent?.includes('B-02-1'),
    );
    expect(await phone.app.notice()).toMatch(/Moved 1 .* to B-02-1/);
  });

  it('the self-test shows what the scanner sent and what to change', async () => {
    await phone.app.open('/settings');
    await page.click('[data-testid=tile-scanner-test]');
    await page.waitForSelector('[data-testid=advice]', { state: 'attached' });
    // A GS1 label without an AIM prefix, GS as F8.
    await scannerKeys(page, [`01${gtin}10LOT-C`, { key: 'F8' }, '17270331']);
    await page.waitForSelector('[data-testid=scan-report]');
    expect(await page.textContent('[data-testid=report-text] dd')).toBe(
      `01${gtin}10LOT-C⟨GS⟩17270331`,
    );
    expect(await page.textContent('[data-testid=report-gs] dd')).toBe('a key (F8 or Ctrl+])');
    expect(await page.textContent('[data-testid=report-suffix] dd')).toBe('⟨Enter⟩');
    expect(await page.textContent('[data-testid=report-reads] dd')).toContain(lotItem.sku);
    await page.waitForSelector('[data-advice=noAim]');

    // Keys at human speed and no Enter: too slow, and no suffix.
    await page.click('h1');
    await scannerKeys(page, ['A-01-1'], { gapMs: 150, suffix: null });
    await page.waitForSelector('[data-advice=slow]');
    await page.waitForSelector('[data-advice=noSuffix]');
  });

  it('Space outside a field keeps its meaning: it presses the focused button', async () => {
    await phone.app.open('/settings');
    await page.focus('[data-testid=tile-scanner-test]');
    await page.keyboard.press('Space');
    await page.waitForSelector('[data-testid=advice]', { state: 'attached' });
    expect(new URL(page.url()).pathname).toBe('/scanner-test');
  });
});
