// Finishing a delivery (docs/receiving.md R13), offline: the summary names each short line with
// its numbers before anything is recorded; "Keep receiving" goes back; a receiver asks for the
// receipt to be closed short with a typed reason (the server raises it and keeps the receipt
// open); a supervisor closes it short at once. Typed with real keys, scanned with real bursts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { exceptionsOf, receiptStatusOf } from '../helpers/receiving.ts';
import { demoItems } from '../../server/demo/generate.ts';
import { ReceivingPage } from './pages/receiving-page.ts';
import type { Store } from '../../server/store/store.ts';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';

/** DOCS_SCREENSHOTS=1 saves the summary as the docs show it, at 360×640. */
const shoot = async (page: Page, name: string) => {
  if (!process.env['DOCS_SCREENSHOTS']) return;
  await page.waitForSelector('[data-testid=flash]', { state: 'detached' }).catch(() => undefined);
  const path = resolve(import.meta.dirname, `../../docs/screenshots/receiving-${name}.png`);
  await page.screenshot({ path });
};

const unit = demoItems().filter(
  (i) => !i.lotTracked && !i.expiryTracked && !i.serialTracked && i.barcodes[0]?.packQty === 1,
);
const [A, B] = [unit[0]!, unit[1]!];

describe.runIf(requireChromium())('finishing a delivery with a summary', () => {
  let server: ServerProcess;
  let store: Store;
  const phones: Phone[] = [];

  beforeAll(async () => {
    server = await ServerProcess.start();
    store = serverStore(server);
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    const receipt = (number: string) => ({
      number,
      supplier: 'Test supplier',
      dueDate: '2026-12-01',
      lines: [
        { sku: A.sku, qty: 5 },
        { sku: B.sku, qty: 4 },
      ],
    });
    const res = await server.http
      .withToken(login.body.token)
      .post('/api/admin/warehouses/WH1/receipts', [receipt('PO-FIN-A'), receipt('PO-FIN-B')]);
    expect(res.status).toBe(200);
  });
  afterAll(async () => {
    for (const p of phones) await p.browser.close();
    await store?.close();
    await server?.dispose();
  });

  const receiveOffline = async (user: string, number: string, scans: number, zh = false) => {
    const phone = await openPhone(server, user);
    phones.push(phone);
    const rcv = new ReceivingPage(phone.app);
    await phone.app.waitForBadge('upToDate');
    if (zh) {
      await phone.app.go('settings');
      await phone.app.page.click('[data-lang=zh-CN]');
      await phone.app.page.waitForSelector('h1:text("设置")');
      await phone.app.open('/');
      await phone.app.waitForHome();
    }
    await rcv.openList();
    await phone.app.page.waitForSelector(`[data-testid=receipt-row][data-number="${number}"]`);
    await phone.app.page.context().setOffline(true);
    await rcv.scanReceipt(number);
    for (let i = 1; i <= scans; i++) {
      await rcv.scan(A.barcodes[0]!.code);
      await rcv.waitReceived(`${number}|1`, i);
    }
    return { phone, rcv, page: phone.app.page };
  };

  it('R13 a receiver sees what is short, keeps receiving, then asks to close it short', async () => {
    const { phone, rcv, page } = await receiveOffline('receiver', 'PO-FIN-A', 3);
    await page.click('[data-testid=finish]');
    await page.waitForSelector('[data-testid=finish-summary]');
    await expect
      .poll(() => page.textContent('[data-testid=finish-status]'))
      .toBe('The receipt is still short: 2 lines, 6 units to come.');
    await expect
      .poll(() => page.textContent(`[data-testid=finish-lines] [data-sku="${A.sku}"]`))
      .toContain('3 of 5: 2 short');
    await expect
      .poll(() => page.textContent(`[data-testid=finish-lines] [data-sku="${B.sku}"]`))
      .toContain('0 of 4: 4 short');
    await expect.poll(() => page.textContent('[data-testid=finish-units]')).toContain('3 units');
    await shoot(page, 'finish-summary');
    expect((await deviceOps(page)).filter((o) => o.type === 'receive.finish')).toEqual([]);

    await page.click('[data-testid=finish-keep]');
    await rcv.scan(A.barcodes[0]!.code);
    await rcv.waitReceived('PO-FIN-A|1', 4);

    await page.click('[data-testid=finish]');
    await page.click('[data-testid=finish-ask-close]');
    await page.click('[data-testid=finish-send]');
    await page.waitForSelector('[data-testid=finish-need-reason]');
    await page.click('[data-testid=finish-reason]');
    await page.keyboard.type('supplier out of stock', { delay: 50 });
    await page.click('[data-testid=finish-send]');
    await page.waitForSelector('[data-testid=receipt-list]');
    await expect
      .poll(async () =>
        (await deviceOps(page)).filter((o) => o.type === 'receive.finish').map((o) => o.payload),
      )
      .toEqual([expect.objectContaining({ askCloseShort: 'supplier out of stock' })]);

    await page.context().setOffline(false);
    await phone.app.waitForBadge('upToDate');
    await expect
      .poll(async () => (await exceptionsOf(store, 'PO-FIN-A')).map((x) => x.kind))
      .toContain('receive.close_requested');
    const asked = (await exceptionsOf(store, 'PO-FIN-A')).find(
      (x) => x.kind === 'receive.close_requested',
    )!;
    expect(JSON.parse(asked.said)).toEqual({
      receipt: 'PO-FIN-A',
      reason: 'supplier out of stock',
    });
    expect(await receiptStatusOf(store, 'PO-FIN-A')).toBe('open');
  });

  it('R13 a supervisor closes the receipt short from the summary, in Chinese', async () => {
    const { phone, page } = await receiveOffline('supervisor', 'PO-FIN-B', 2, true);
    await page.click('[data-testid=finish]');
    await expect
      .poll(() => page.textContent('[data-testid=finish-status]'))
      .toBe('收货单仍然短缺：2 行，还差 7 件。');
    await page.click('[data-testid=finish-ask-close]');
    await shoot(page, 'finish-close-zh');
    await page.click('[data-testid=finish-reason]');
    await page.keyboard.type('rest cancelled', { delay: 50 });
    await page.click('[data-testid=finish-send]');
    await page.waitForSelector('[data-testid=receipt-list]');
    await page.context().setOffline(false);
    await phone.app.waitForBadge('upToDate');
    await expect.poll(() => receiptStatusOf(store, 'PO-FIN-B')).toBe('closed');
    await expect
      .poll(async () => (await exceptionsOf(store, 'PO-FIN-B')).map((x) => x.kind))
      .toContain('receive.short');
  });
});
