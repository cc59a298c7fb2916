// Undo that shows what it undoes (finding M3), offline: "Undo last" names the scan and waits for
// a yes; the scan history lists this device's scans with sent/waiting and undoes any one of them;
// after the delivery is finished, "Undo last" no longer reaches back into it, while the history
// still shows it as an earlier delivery. The server applies each undo once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import { lineOf } from '../helpers/receiving.ts';
import { demoItems } from '../../server/demo/generate.ts';
import { ReceivingPage } from './pages/receiving-page.ts';
import type { Store } from '../../server/store/store.ts';

const unit = demoItems().filter(
  (i) => !i.lotTracked && !i.expiryTracked && !i.serialTracked && i.barcodes[0]?.packQty === 1,
);
const [A, B] = [unit[2]!, unit[3]!];
const R = 'PO-UNDO';

describe.runIf(requireChromium())('undo names what it takes back', () => {
  let server: ServerProcess;
  let store: Store;
  let phone: Phone;

  beforeAll(async () => {
    server = await ServerProcess.start();
    store = serverStore(server);
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    const res = await server.http
      .withToken(login.body.token)
      .post('/api/admin/warehouses/WH1/receipts', [
        {
          number: R,
          supplier: 'Test supplier',
          dueDate: '2026-12-01',
          lines: [
            { sku: A.sku, qty: 5 },
            { sku: B.sku, qty: 5 },
          ],
        },
      ]);
    expect(res.status).toBe(200);
    phone = await openPhone(server, 'receiver');
  });
  afterAll(async () => {
    await phone?.browser.close();
    await store?.close();
    await server?.dispose();
  });

  it('asks by name, undoes any one scan from the history, and never reaches into a finished delivery', async () => {
    const page = phone.app.page;
    const rcv = new ReceivingPage(phone.app);
    await phone.app.waitForBadge('upToDate');
    await rcv.openList();
    await page.waitForSelector(`[data-testid=receipt-row][data-number="${R}"]`);
    await page.context().setOffline(true);
    await rcv.scanReceipt(R);
    await rcv.scan(A.barcodes[0]!.code);
    await rcv.waitReceived(`${R}|1`, 1);
    await rcv.scan(B.barcodes[0]!.code);
    await rcv.waitReceived(`${R}|2`, 1);

    // Undo last names the scan; "No" records nothing.
    await page.click('[data-testid=undo]');
    await expect
      .poll(() => page.textContent('[data-testid=undo-what]'))
      .toBe(`Undo this scan? Received 1 × ${B.sku}`);
    await page.click('[data-testid=undo-keep]');
    expect((await deviceOps(page)).filter((o) => o.type === 'receive.undo')).toEqual([]);
    await rcv.undo();
    await rcv.waitReceived(`${R}|2`, 0);

    // The history: newest first, the undone scan struck through, the other undone by name.
    await page.click('[data-testid=history-open]');
    await expect
      .poll(() => page.locator('[data-testid=history-entry]').allTextContents())
      .toEqual([
        expect.stringMatching(new RegExp(`Received 1 × ${B.sku}.*Undone`)),
        expect.stringMatching(new RegExp(`Received 1 × ${A.sku}.*Waiting to send`)),
      ]);
    await page.click('[data-testid=history-entry]:nth-child(2) [data-testid=history-undo]');
    await expect
      .poll(() => page.textContent('[data-testid=undo-what]'))
      .toBe(`Undo this scan? Received 1 × ${A.sku}`);
    await page.click('[data-testid=undo-yes]');
    await page.click('[data-testid=history-close]');
    await rcv.waitReceived(`${R}|1`, 0);

    // A new scan, the delivery finished: the next arrival cannot undo into it by "Undo last".
    await rcv.scan(A.barcodes[0]!.code);
    await rcv.waitReceived(`${R}|1`, 1);
    await rcv.finish();
    await rcv.scanReceipt(R);
    await expect.poll(() => page.isDisabled('[data-testid=undo]')).toBe(true);
    await page.click('[data-testid=history-open]');
    await expect
      .poll(() => page.textContent('[data-testid=history-entry]:first-child'))
      .toContain('Earlier delivery');
    await page.click('[data-testid=history-close]');

    await page.context().setOffline(false);
    await phone.app.waitForBadge('upToDate');
    await expect.poll(async () => (await lineOf(store, R, '1'))?.received).toBe(1);
    await expect.poll(async () => (await lineOf(store, R, '2'))?.received).toBe(0);
    const ops = await deviceOps(page);
    expect(ops.filter((o) => o.type === 'receive.undo')).toHaveLength(2);
  });
});
