// K12 end to end in Chromium, offline: the pick card names the lot to take (first expired,
// first out); a lot label the face does not hold and an expired lot are refused with the error
// tone and words; a later lot asks why and is recorded with the reason the picker tapped; the lot
// to take goes straight in. Reconnected, the server has exactly those picks, the reason on the
// op, and no wrong-lot exception. Screenshots of the reason panel in English and Chinese.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { PickPage } from './pages/pick-page.ts';

const SKU = 'SKU-10008';
const ITEM_BARCODE = '5901231000072';
const FACE = 'B-05-1';

describe.runIf(requireChromium())('K12 lots at the pick, offline', () => {
  let server: ServerProcess;
  let office: HttpClient;
  const phones: Phone[] = [];

  const signIn = async (username: string, password: string) => {
    const device = newDeviceCredentials();
    const res = await server.http.post<{ token: string; user: { id: string } }>('/api/auth/login', {
      username,
      password,
      ...device,
    });
    return new SimDevice(
      server.http.withToken(res.body.token, device.deviceId),
      'WH1',
      res.body.user.id,
    );
  };
  const importList = async (number: string) => {
    const res = await office.post('/api/admin/warehouses/WH1/pick-lists', [
      {
        number,
        kind: 'single',
        lines: [{ order: `SO-${number}`, sku: SKU, qty: 3, location: FACE }],
      },
    ]);
    expect(res.status).toBe(200);
  };
  /** The picker's phone with the list on it, then offline. */
  const offlinePicker = async (number: string, zh = false) => {
    const phone = await openPhone(server, 'picker');
    phones.push(phone);
    await phone.app.waitForBadge('upToDate');
    if (zh) {
      await phone.app.go('settings');
      await phone.app.page.click('[data-lang=zh-CN]');
      await phone.app.page.waitForSelector('h1:text("设置")');
      await phone.app.open('/');
      await phone.app.waitForHome();
    }
    const pick = new PickPage(phone.app);
    await pick.openLists();
    await pick.waitListRow(number);
    await phone.app.page.context().setOffline(true);
    await pick.scanList(number);
    await pick.waitLine(FACE, 'location');
    return { phone, pick };
  };

  beforeAll(async () => {
    server = await ServerProcess.start();
    const admin = await signIn('admin', 'admin123');
    office = admin.http;
    // Two more lots of the same item on the face: one earlier (the one to take), one expired.
    const sup = await signIn('supervisor', 'supervisor123');
    const put = await sup.push([
      sup.op('stock.move', {
        sku: SKU,
        from: 'R-01',
        to: FACE,
        qty: 4,
        lot: 'L-EARLY',
        expiry: '2027-03-31',
      }),
      sup.op('stock.move', {
        sku: SKU,
        from: 'R-01',
        to: FACE,
        qty: 2,
        lot: 'L-OLD',
        expiry: '2025-06-30',
      }),
    ]);
    expect(put.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    await importList('PL-LOTS');
    await importList('PL-LOTS-ZH');
    await importList('PL-LOTS-HELD');
  });
  afterAll(async () => {
    for (const p of phones) await p.browser.close();
    await server?.dispose();
  });

  it('K12: names the lot to take, refuses a lot not there and an expired one, asks why for a later one', async () => {
    const { phone, pick } = await offlinePicker('PL-LOTS');
    const page = phone.app.page;
    await pick.scan(FACE);
    await page.waitForSelector('[data-testid=lot-to-take][data-lot=L-EARLY]');
    expect(await page.textContent('[data-testid=lot-to-take]')).toContain('2027-03-31');
    await pick.scan(ITEM_BARCODE);
    await pick.waitLine(FACE, 'lot');
    await pick.scan('L99999');
    await pick.waitNotice(`Lot L99999 is not at ${FACE}`);
    expect(await pick.noticeKind()).toContain('err');
    await pick.waitLine(FACE, 'lot');
    await pick.scan('L-OLD');
    await pick.waitNotice('Lot L-OLD expired on 2025-06-30');
    expect(await pick.noticeKind()).toContain('err');
    await pick.scan('L26107');
    await pick.waitNotice('Take lot L-EARLY first');
    await page.waitForSelector('[data-testid=lot-reason-panel][data-why=not_fefo]');
    await page.screenshot({
      path: resolve(import.meta.dirname, '../../docs/screenshots/picking-lot-reason.png'),
    });
    await page.click('[data-testid=lot-reason][data-reason=fefo_not_reachable]');
    await pick.waitQty(1, 3);
    // The lot label of the lot to take, then the item: that lot from now on.
    await pick.scan('L-EARLY');
    await pick.waitNotice('Lot L-EARLY: now scan');
    await pick.scan(ITEM_BARCODE);
    await pick.waitQty(2, 3);
    expect(await phone.app.outbox()).toMatchObject({ pending: 3 });

    await page.context().setOffline(false);
    await phone.app.waitForBadge('upToDate', 60_000);
    const sup = await signIn('supervisor', 'supervisor123');
    await sup.pullAll();
    const picks = sup.table('pickLine').get('PL-LOTS|1') as
      { pickedQty: number; lots: string[] } | undefined;
    expect(picks).toMatchObject({ pickedQty: 2, lots: ['L26107', 'L-EARLY'] });
    const x = (
      await office.get<{ exceptions: { kind: string }[] }>(
        '/api/supervisor/warehouses/WH1/pick-lists/PL-LOTS',
      )
    ).body.exceptions.map((e) => e.kind);
    expect(x).not.toContain('pick.wrong_lot');
    expect(x).not.toContain('pick.expired_lot');
  });

  it('K12: the reason panel in Chinese', async () => {
    const { phone, pick } = await offlinePicker('PL-LOTS-ZH', true);
    const page = phone.app.page;
    await pick.scan(FACE);
    await page.waitForSelector('[data-testid=lot-to-take]:has-text("请拣批号 L-EARLY")');
    await pick.scan(ITEM_BARCODE);
    await pick.waitLine(FACE, 'lot');
    await pick.scan('L26107');
    await pick.waitNotice('应先拣批号 L-EARLY');
    await page.waitForSelector('[data-testid=lot-reason-panel]:has-text("为什么拣这个批号")');
    await page.screenshot({
      path: resolve(import.meta.dirname, '../../docs/screenshots/picking-lot-reason-zh.png'),
    });
    await page.click('[data-testid=lot-reason-cancel]');
    await page.waitForSelector('[data-testid=lot-reason-panel]', { state: 'detached' });
    await pick.waitLine(FACE, 'item');
    // Only the claim is waiting: a cancelled lot records nothing.
    expect(await phone.app.outbox()).toMatchObject({ pending: 1 });
  });

  it('Q2: a lot the supervisor holds is never the lot to take and is refused at the scan', async () => {
    const sup = await signIn('supervisor', 'supervisor123');
    const hold = await sup.http.post('/api/supervisor/warehouses/WH1/lot-holds', {
      action: 'hold',
      sku: SKU,
      lot: 'L-EARLY',
      reason: 'supplier recall',
    });
    expect(hold.status).toBe(200);
    const { phone, pick } = await offlinePicker('PL-LOTS-HELD');
    const page = phone.app.page;
    await pick.scan(FACE);
    await page.waitForSelector('[data-testid=lot-to-take][data-lot=L26107]');
    await pick.scan(ITEM_BARCODE);
    await pick.waitLine(FACE, 'lot');
    await pick.scan('L-EARLY');
    await pick.waitNotice('Lot L-EARLY is on hold');
    expect(await pick.noticeKind()).toContain('err');
    await pick.scan('L26107');
    await pick.waitQty(1, 3);
    const lift = await sup.http.post('/api/supervisor/warehouses/WH1/lot-holds', {
      action: 'lift',
      sku: SKU,
      lot: 'L-EARLY',
      reason: 'recall withdrawn',
    });
    expect(lift.status).toBe(200);
  });
});
