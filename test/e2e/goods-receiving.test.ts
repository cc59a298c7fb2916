// Goods rules at the dock, end to end (docs/receiving.md R9–R11): the built PWA against the real
// server process in real Chromium, offline. The lot prompt starts empty with the announced lot as
// a hint; an expired lot asks and is refused; a short-dated one goes to quarantine; a lot other
// than the announced one is recorded as read. After reconnecting, the server raised each of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ReceivingPage } from './pages/receiving-page.ts';
import { isoDay } from '../../src/core/goods/shelf-life.ts';

const R = 'PO-GOODS';
// SKU-10008 is demo food: a case of 12, at least 30 days of shelf life to receive.
const CASE = '15901231000079';
const inDays = (n: number) => isoDay(Date.now() + n * 86_400_000);
/** A GS1 date label (YYMMDD) for an ISO day. */
const dateLabel = (iso: string) => iso.slice(2).replaceAll('-', '');

interface Detail {
  lines: { key: string; receivedQty: number; damagedQty: number }[];
  exceptions: { kind: string; believed: Record<string, unknown> }[];
}

describe.runIf(requireChromium())('goods rules at receiving, offline', () => {
  let server: ServerProcess;
  let phone: Phone;
  let rcv: ReceivingPage;
  let token: string;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    token = login.body.token;
    const res = await server.http.withToken(token).post('/api/admin/warehouses/WH1/receipts', [
      {
        number: R,
        supplier: 'Fresh Foods',
        dueDate: inDays(0),
        lines: [{ sku: 'SKU-10008', qty: 24, lot: 'L27031', expiry: inDays(300) }],
      },
    ]);
    expect(res.status).toBe(200);
    phone = await openPhone(server, 'receiver');
    rcv = new ReceivingPage(phone.app);
  });
  afterAll(async () => {
    await phone.browser.close();
    await server.dispose();
  });

  it('asks with an empty prompt, refuses an expired lot, quarantines a short-dated one, records another lot as read, and the server raises each', async () => {
    const page = phone.app.page;
    await phone.app.waitForBadge('upToDate');
    await rcv.openList();
    await page.waitForSelector(`[data-testid=receipt-row][data-number="${R}"]`);
    await page.context().setOffline(true);
    await rcv.scanReceipt(R);

    // R11: the case label has no lot; the prompt is empty and the announced lot is only a hint.
    await rcv.scan(CASE);
    await rcv.waitHeld();
    await expect.poll(() => page.inputValue('[data-testid=held-lot]')).toBe('');
    await expect.poll(() => page.inputValue('[data-testid=held-expiry]')).toBe('');
    await expect.poll(() => page.textContent('[data-testid=held-announced]')).toContain('L27031');
    // Save on the untouched prompt records nothing.
    await page.click('[data-testid=held-save]');
    await rcv.waitHeld();
    await expect.poll(() => rcv.received(`${R}|1`)).toBe(0);

    // R9: the lot label and an expired date label: the receiver is asked, and refuses.
    await rcv.scan('LX999');
    await page.waitForSelector('[data-testid=held-prompt]:has-text("expiry")');
    const expired = inDays(-30);
    await rcv.scan(dateLabel(expired));
    await page.waitForSelector(`[data-testid=shelf-title]:has-text("Expired on ${expired}")`);
    await page.click('[data-testid=shelf-refuse]');
    await rcv.waitNotice('Refused 12 × SKU-10008');
    await page.waitForSelector('[data-testid=shelf-decision]', { state: 'detached' });
    await expect.poll(() => rcv.received(`${R}|1`)).toBe(0);

    // R9: short-dated goods go to quarantine when the receiver says so.
    await rcv.scan(CASE);
    await rcv.waitHeld();
    await rcv.scan('LX999');
    await page.waitForSelector('[data-testid=held-prompt]:has-text("expiry")');
    await rcv.scan(dateLabel(inDays(10)));
    await page.waitForSelector('[data-testid=shelf-title]:has-text("10 days left")');
    await page.click('[data-testid=shelf-quarantine]');
    await rcv.waitReceived(`${R}|1`, 12);
    await rcv.waitNotice('QUAR-1');
    await expect.poll(() => page.textContent(rcv.lineSelector(`${R}|1`))).toContain('12 damaged');

    // R10: a good lot other than the announced one is recorded as read, with a warning.
    await rcv.scan(CASE);
    await rcv.waitHeld();
    await rcv.scan('LX999');
    await page.waitForSelector('[data-testid=held-prompt]:has-text("expiry")');
    await rcv.scan(dateLabel(inDays(400)));
    await rcv.waitReceived(`${R}|1`, 24);
    await rcv.waitNotice('not the announced L27031');
    await rcv.finish();

    // Reconnected, the server raised the refusal, the short date and both other lots.
    await page.context().setOffline(false);
    await phone.app.waitForBadge('upToDate', 60_000);
    await expect.poll(async () => (await phone.app.outbox())['pending'] ?? 0).toBe(0);
    const office = server.http.withToken(token);
    await expect
      .poll(async () => {
        const detail = (await office.get<Detail>(`/api/supervisor/warehouses/WH1/receipts/${R}`))
          .body;
        return detail.exceptions.map((x) => x.kind).sort();
      })
      .toEqual([
        'receive.lot_other',
        'receive.lot_other',
        'receive.refused',
        'receive.short_dated',
      ]);
    const detail = (await office.get<Detail>(`/api/supervisor/warehouses/WH1/receipts/${R}`)).body;
    expect(detail.lines).toEqual([
      expect.objectContaining({ key: `${R}|1`, receivedQty: 24, damagedQty: 12 }),
    ]);
    expect(detail.exceptions.find((x) => x.kind === 'receive.refused')!.believed).toMatchObject({
      kind: 'expired',
    });
  });
});
