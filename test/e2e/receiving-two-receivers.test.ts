// Two receivers on two phones, both offline, receive the same receipt, each as their own
// delivery. Whatever order they reconnect in, both deliveries count once each (I1), the
// over-receipt they make together is one exception (R2, R3), and both phones end up showing the
// server's numbers (I3, I5) with the stock adding up (I4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { ReceivingPage } from './pages/receiving-page.ts';

const R = 'PO-TWO';

describe.runIf(requireChromium())('two receivers offline on one receipt', () => {
  let server: ServerProcess;
  let a: Phone;
  let b: Phone;
  let store: Store;

  beforeAll(async () => {
    server = await ServerProcess.start();
    const login = await server.http.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    const res = await server.http
      .withToken(login.body.token)
      .post('/api/admin/warehouses/WH1/receipts', [
        {
          number: R,
          supplier: 'Two Trucks Ltd',
          dueDate: '2026-03-02',
          tolerancePct: 10,
          lines: [
            { sku: 'SKU-10001', qty: 10 },
            { sku: 'SKU-10002', qty: 4 },
          ],
        },
      ]);
    expect(res.status).toBe(200);
    a = await openPhone(server, 'receiver');
    b = await openPhone(server, 'receiver');
    store = serverStore(server);
  });
  afterAll(async () => {
    await store.close();
    await a.browser.close();
    await b.browser.close();
    await server.dispose();
  });

  /** One arrival on one phone: 6 of line 1 (one scan at Qty ×6) and 2 of line 2, finished. */
  async function receiveOffline(phone: Phone): Promise<void> {
    const rcv = new ReceivingPage(phone.app);
    await phone.app.open(`/receive?r=${R}`);
    await phone.app.page.waitForSelector('[data-testid=receipt-lines]');
    await rcv.setMultiplier(6);
    await rcv.scan('5901231000003');
    await rcv.waitReceived(`${R}|1`, 6);
    await rcv.scan('5901231000010');
    await rcv.waitReceived(`${R}|2`, 1);
    await rcv.scan('5901231000010');
    await rcv.waitReceived(`${R}|2`, 2);
    await rcv.finish();
  }

  it('each phone receives its own delivery offline and sees only its own units', async () => {
    await a.app.page.context().setOffline(true);
    await b.app.page.context().setOffline(true);
    await receiveOffline(a);
    await receiveOffline(b);
    for (const phone of [a, b]) {
      expect((await deviceOps(phone.app.page)).map((o) => [o.type, o.status])).toEqual([
        ['receive.item', 'pending'],
        ['receive.item', 'pending'],
        ['receive.item', 'pending'],
        ['receive.finish', 'pending'],
      ]);
    }
  });

  it('B reconnects first, then A: both deliveries count once, the over-receipt is one exception', async () => {
    await b.app.page.context().setOffline(false);
    await b.app.waitForBadge('upToDate', 60_000);
    await a.app.page.context().setOffline(false);
    await a.app.waitForBadge('upToDate', 60_000);
    // B hears of A's delivery through the poke and pulls it.
    for (const phone of [a, b]) {
      const rcv = new ReceivingPage(phone.app);
      await phone.app.open(`/receive?r=${R}`);
      await rcv.waitReceived(`${R}|1`, 12);
      expect(await rcv.lineState(`${R}|1`)).toBe('over');
      expect(await rcv.received(`${R}|2`)).toBe(4);
      await phone.app.waitForBadge('upToDate', 60_000);
    }

    const lines = await store.db
      .selectFrom('receipt_lines')
      .select(['line_key', 'received_qty'])
      .where('receipt', '=', R)
      .orderBy('line_key')
      .execute();
    expect(lines.map((l) => [l.line_key, Number(l.received_qty)])).toEqual([
      ['1', 12],
      ['2', 4],
    ]);
    const deliveries = await store.db
      .selectFrom('receipt_deliveries')
      .select(['device_id', 'units', 'finished_at'])
      .where('receipt', '=', R)
      .execute();
    expect(deliveries.map((d) => Number(d.units))).toEqual([8, 8]);
    expect(new Set(deliveries.map((d) => d.device_id))).toEqual(
      new Set([await a.deviceId(), await b.deviceId()]),
    );
    const exceptions = await store.db
      .selectFrom('exceptions')
      .select(['kind', 'device_id'])
      .where('ref', '=', R)
      .execute();
    // A synced last, so A's scan took the line over its limit of 11.
    expect(exceptions).toEqual([{ kind: 'receive.over', device_id: await a.deviceId() }]);
    const status = await store.db
      .selectFrom('receipts')
      .select('status')
      .where('number', '=', R)
      .executeTakeFirstOrThrow();
    expect(status.status).toBe('complete');

    for (const phone of [a, b]) {
      await assertOpsAppliedOnce(store, await phone.deviceId(), await deviceOps(phone.app.page));
      await assertDeviceSettled(phone.app.page, store, 'WH1');
    }
    await assertStockArithmetic(store, 'WH1');
  });
});
