// Picking end to end: the built PWA against the real server process in real Chromium. A picker
// claims a batch list (two orders, one tote each) and picks it with the server stopped and the
// browser offline, in route order: a wrong location, a wrong tote and a wrong item are caught at
// the scan, a case counts the case, a lot-tracked item asks for its lot, one line is short
// (location empty). Reconnected, the server shows the stock out of the pick faces, the short
// pick, the recount flag and the list complete (I1, I5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { AppPage } from './pages/app-page.ts';
import { PickPage } from './pages/pick-page.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';

const L = 'PL-E2E';

interface Detail {
  list: { status: string; claimedBy: string | null };
  lines: { line: number; pickedQty: number; status: string; shortReason: string | null }[];
  exceptions: { kind: string; said: Record<string, unknown> }[];
}

describe.runIf(requireChromium())('picking a batch list, offline', () => {
  let server: ServerProcess;
  let phone: DeviceBrowser;
  let app: AppPage;
  let pick: PickPage;
  let office: HttpClient;
  let before: (location: string, sku: string, lot?: string, expiry?: string) => number;

  const signIn = async (username: string, password: string) => {
    const device = newDeviceCredentials();
    const res = await server.http.post<{ token: string; user: { id: string } }>('/api/auth/login', {
      username,
      password,
      ...device,
    });
    return {
      http: server.http.withToken(res.body.token, device.deviceId),
      userId: res.body.user.id,
    };
  };
  /** Server state as a device of the warehouse sees it after a full pull. */
  const serverView = async () => {
    const sup = await signIn('supervisor', 'supervisor123');
    const dev = new SimDevice(sup.http, 'WH1', sup.userId);
    await dev.pullAll();
    return dev;
  };
  const stockFn =
    (dev: SimDevice) =>
    (location: string, sku: string, lot = '', expiry = '') =>
      (dev.table('stock').get(`${location}|${sku}|${lot}|${expiry}`) as { qty: number } | undefined)
        ?.qty ?? 0;

  beforeAll(async () => {
    server = await ServerProcess.start();
    office = (await signIn('admin', 'admin123')).http;
    const imported = await office.post('/api/admin/warehouses/WH1/pick-lists', [
      {
        number: L,
        kind: 'batch',
        lines: [
          { order: 'SO-E1', tote: 'TOTE-E1', sku: 'SKU-10003', qty: 2, location: 'A-03-1' },
          { order: 'SO-E2', tote: 'TOTE-E2', sku: 'SKU-10001', qty: 6, location: 'A-01-1' },
          { order: 'SO-E1', tote: 'TOTE-E1', sku: 'SKU-10008', qty: 1, location: 'B-05-1' },
          { order: 'SO-E2', tote: 'TOTE-E2', sku: 'SKU-10002', qty: 3, location: 'A-02-1' },
        ],
      },
    ]);
    expect(imported.status).toBe(200);
    before = stockFn(await serverView());
    phone = await DeviceBrowser.launch();
    const page = await phone.page();
    await page.setViewportSize({ width: 360, height: 640 });
    app = new AppPage(page, server.url);
    pick = new PickPage(app);
  });
  afterAll(async () => {
    await phone.close();
    await server.dispose();
  });

  it('opens and claims the list from the device data with the server stopped and the browser offline', async () => {
    await app.open();
    await app.signIn('picker');
    await app.waitForHome();
    await app.open('/');
    await app.waitForHome();
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await app.waitForBadge('upToDate');
    await server.stop();
    await app.page.context().setOffline(true);
    await app.page.reload();
    await app.waitForHome();
    await pick.openLists();
    await pick.waitListRow(L);
    await pick.scanList(L);
    // Route order: A-01-1, A-02-1, A-03-1, B-05-1, whatever the line numbers.
    await pick.waitLine('A-01-1', 'location');
    expect(await pick.progress()).toContain('0 of 4');
  });

  it('catches a wrong location, a wrong tote and a wrong item; a case counts the case; one short pick', async () => {
    await pick.scan('A-02-1');
    await pick.waitNotice('Wrong location A-02-1');
    expect(await pick.noticeKind()).toContain('err');
    await pick.scan('A-01-1');
    await pick.waitLine('A-01-1', 'tote');
    await pick.scan('TOTE-E1');
    await pick.waitNotice('Wrong tote');
    await pick.scan('TOTE-E2');
    await pick.waitLine('A-01-1', 'item');
    await pick.scan('5901231000010');
    await pick.waitNotice('Wrong item SKU-10002');
    // One case of 6 completes the line; the next line is shown.
    await pick.scan('15901231000000');
    await pick.waitLine('A-02-1', 'location');

    await pick.scan('A-02-1');
    await pick.waitLine('A-02-1', 'item');
    await pick.scan('5901231000010');
    await pick.waitQty(1, 3);
    await pick.short('empty');
    await pick.waitNotice('closed short');
    await pick.waitLine('A-03-1', 'location');

    await pick.scan('A-03-1');
    await pick.scan('TOTE-E1');
    await pick.waitLine('A-03-1', 'item');
    await pick.scan('5901231000027');
    await pick.waitQty(1, 2);
    await app.typeScan('5901231000027');
    await pick.waitLine('B-05-1', 'location');

    // A lot-tracked item: the plain barcode lacks the lot, so the screen asks for the label.
    await pick.scan('B-05-1');
    await pick.scan('5901231000072');
    await pick.waitLine('B-05-1', 'lot');
    await pick.scan('L26107');
    await pick.waitComplete();
    await pick.waitNotice(`List ${L} complete`);
    expect(await pick.progress()).toContain('4 of 4');
    // claim, 6 picks (the case is one), the short pick, the completion
    const outbox = await app.outbox();
    expect(outbox['pending']).toBe(8);
  });

  it('reconnects: every scan applies once; the server shows stock reduced, the short pick, the recount flag and the list complete', async () => {
    await server.start();
    await app.page.context().setOffline(false);
    await app.waitForBadge('upToDate', 60_000);
    const outbox = await app.outbox();
    expect(outbox['pending'] ?? 0).toBe(0);
    expect(outbox['rejected'] ?? 0).toBe(0);

    const detail = (await office.get<Detail>(`/api/supervisor/warehouses/WH1/pick-lists/${L}`))
      .body;
    expect(detail.list.status).toBe('complete');
    expect(detail.lines.map((l) => [l.line, l.pickedQty, l.status, l.shortReason])).toEqual([
      [1, 2, 'picked', null],
      [2, 6, 'picked', null],
      [3, 1, 'picked', null],
      [4, 1, 'short', 'empty'],
    ]);
    const kinds = detail.exceptions.map((x) => x.kind);
    expect(kinds).toContain('short-pick');
    expect(kinds).not.toContain('over-pick');
    expect(detail.exceptions.find((x) => x.kind === 'short-pick')!.said).toMatchObject({
      sku: 'SKU-10002',
      location: 'A-02-1',
      needed: 3,
      found: 1,
      reason: 'empty',
    });

    const dev = await serverView();
    const after = stockFn(dev);
    expect(after('A-01-1', 'SKU-10001')).toBe(before('A-01-1', 'SKU-10001') - 6);
    expect(after('A-02-1', 'SKU-10002')).toBe(before('A-02-1', 'SKU-10002') - 1);
    expect(after('A-03-1', 'SKU-10003')).toBe(before('A-03-1', 'SKU-10003') - 2);
    const lot = ['SKU-10008', 'L26107', '2027-08-28'] as const;
    expect(after('B-05-1', ...lot)).toBe(before('B-05-1', ...lot) - 1);
    const flags = [...dev.table('locationFlag').values()] as { location: string; reason: string }[];
    expect(flags).toContainEqual(
      expect.objectContaining({ location: 'A-02-1', reason: 'short-pick' }),
    );
  });
});
