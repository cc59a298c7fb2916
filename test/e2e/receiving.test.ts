// Receiving end to end: the built PWA against the real server process in real Chromium. A
// receiver takes a whole delivery with the server stopped and the browser offline (hardware
// scanner, camera and typed scans), with case counts, a lot/expiry-tracked item (answered by lot
// and date labels, and by a GS1-128 label read by the camera), a damaged unit with a
// photo, an item not on the receipt (marked as a wrong item) and an undo; reconnects; the server shows the stock at the
// dock and in quarantine, the exceptions and the receipt complete (I1, I5). Then putaway moves
// the stock into the scanned locations, one of them cross-docked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { writeBarcodeVideo } from '../helpers/fake-camera.ts';
import { HttpClient } from '../helpers/http-client.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { AppPage } from './pages/app-page.ts';
import { CameraPage } from './pages/camera-page.ts';
import { ReceivingPage } from './pages/receiving-page.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';

const PHOTO = resolve(import.meta.dirname, '../../public/icons/icon-192.png');
const R = 'PO-E2E';

interface Detail {
  receipt: { status: string };
  lines: { key: string; receivedQty: number; damagedQty: number }[];
  deliveries: { units: number; finished: boolean }[];
  events: { sku: string; qty: number; photo: boolean; opId: string; undoneBy: string | null }[];
  exceptions: { kind: string; said: { photo?: string } }[];
}

describe.runIf(requireChromium())('receiving and putaway, offline', () => {
  let server: ServerProcess;
  let phone: DeviceBrowser;
  let app: AppPage;
  let rcv: ReceivingPage;
  let office: HttpClient;

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
  /** Server stock as a device of the warehouse sees it after a full pull. */
  const serverStock = async () => {
    const sup = await signIn('supervisor', 'supervisor123');
    const dev = new SimDevice(sup.http, 'WH1', sup.userId);
    await dev.pullAll();
    return (location: string, sku: string, lot = '', expiry = '') =>
      (dev.table('stock').get(`${location}|${sku}|${lot}|${expiry}`) as { qty: number } | undefined)
        ?.qty ?? 0;
  };

  beforeAll(async () => {
    server = await ServerProcess.start();
    office = (await signIn('admin', 'admin123')).http;
    const imported = await office.post('/api/admin/warehouses/WH1/receipts', [
      {
        number: R,
        supplier: 'End-to-end Supplies',
        dueDate: '2026-03-02',
        lines: [
          { sku: 'SKU-10001', qty: 12 },
          { sku: 'SKU-10008', qty: 24, lot: 'L27031', expiry: '2027-09-30' },
          { sku: 'SKU-10002', qty: 3 },
        ],
      },
    ]);
    expect(imported.status).toBe(200);
    // The phone's camera sees a GS1-128 label: GTIN of the case, expiry and lot.
    const video = join(mkdtempSync(join(tmpdir(), 'floorsync-receiving-camera-')), 'label.y4m');
    await writeBarcodeVideo(video, {
      bcid: 'gs1-128',
      text: '(01)15901231000079(17)270930(10)L27031',
      scale: 2,
    });
    phone = await DeviceBrowser.launch({ fakeVideo: video });
    const page = await phone.page();
    await page.setViewportSize({ width: 360, height: 640 });
    app = new AppPage(page, server.url);
    rcv = new ReceivingPage(app);
  });
  afterAll(async () => {
    await phone.close();
    await server.dispose();
  });

  it('opens the receipt from the device data with the server stopped and the browser offline', async () => {
    await app.open();
    await app.signIn('receiver');
    await app.waitForHome();
    // The service worker controls the page from its next load on.
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
    await rcv.openList();
    await app.page.waitForSelector(`[data-testid=receipt-row][data-number="${R}"]`);
    await rcv.scanReceipt(R);
    expect(await rcv.received(`${R}|1`)).toBe(0);
  });

  it('counts case scans, asks for lot and expiry the label lacks, records damage with a photo, an extra item and an undo', async () => {
    // "Qty ×2" and one scan of the case of 6 complete line 1.
    await rcv.setMultiplier(2);
    await rcv.scan('15901231000000');
    await rcv.waitReceived(`${R}|1`, 12);
    expect(await rcv.lineState(`${R}|1`)).toBe('complete');
    expect(await app.page.textContent('[data-testid=qty-toggle]')).toContain('×1');

    // A lot/expiry-tracked item. The plain case barcode lacks both, so the screen asks; a lot
    // label and a date label are scanned to answer. Then a GS1-128 label carrying GTIN, expiry
    // and lot records the second case by itself.
    await rcv.scan('15901231000079');
    await rcv.waitHeld();
    await rcv.scan('L27031');
    await app.page.waitForSelector('[data-testid=held-prompt]:has-text("expiry")');
    await rcv.scan('270930');
    await rcv.waitNotHeld();
    await rcv.waitReceived(`${R}|2`, 12);
    // The camera reads the GS1-128 label, offline (the decoder is precached); one-scan mode
    // closes the viewfinder after the read.
    await new CameraPage(app).openForOneRead();
    await rcv.waitReceived(`${R}|2`, 24);
    await app.page.waitForSelector('[data-testid=camera-view]', { state: 'detached' });
    expect(await rcv.lineState(`${R}|2`)).toBe('complete');

    // Typed entry for a torn label, twice; then one damaged unit with a photo.
    await app.typeScan('5901231000010');
    await rcv.waitReceived(`${R}|3`, 1);
    await app.typeScan('5901231000010');
    await rcv.waitReceived(`${R}|3`, 2);
    await rcv.markNextDamaged('crushed', PHOTO);
    await rcv.scan('5901231000010');
    await rcv.waitReceived(`${R}|3`, 3);
    await rcv.waitNotice('QUAR-1');
    expect(await app.page.textContent(rcv.lineSelector(`${R}|3`))).toContain('1 damaged');
    // one-shot: the next scan is good again
    expect(await app.page.getAttribute('[data-testid=damaged-toggle]', 'aria-pressed')).toBe(
      'false',
    );

    // An item that is not on the receipt, scanned twice by mistake; the undo takes one back.
    await rcv.scan('5901231000034');
    await rcv.waitReceived(`${R}|+SKU-10004`, 1);
    expect(await rcv.notice()).toContain('Not on this receipt');
    await rcv.scan('5901231000034');
    await rcv.waitReceived(`${R}|+SKU-10004`, 2);
    await rcv.undo();
    await rcv.waitReceived(`${R}|+SKU-10004`, 1);
    // It was sent instead of the third line: a wrong item.
    await app.page.click('[data-testid=wrong-item]');
    await app.page.click('[data-testid=wrong-item-lines] button[data-line="3"]');
    await rcv.waitNotice('instead of line 3');

    await app.page.waitForSelector('[data-testid=receipt-complete]');
    expect(await app.page.textContent('[data-testid=receipt-progress]')).toBe('39 of 39');
    const outbox = await app.outbox();
    expect(outbox['pending']).toBe(10);
    await rcv.finish();
  });

  it('reconnects: every scan applies once and the server shows stock, exceptions and the receipt complete', async () => {
    await server.start();
    await app.page.context().setOffline(false);
    await app.waitForBadge('upToDate', 60_000);
    const outbox = await app.outbox();
    expect(outbox['pending'] ?? 0).toBe(0);
    expect(outbox['rejected'] ?? 0).toBe(0);

    const detail = (await office.get<Detail>(`/api/supervisor/warehouses/WH1/receipts/${R}`)).body;
    expect(detail.receipt.status).toBe('complete');
    expect(Object.fromEntries(detail.lines.map((l) => [l.key, l.receivedQty]))).toEqual({
      [`${R}|1`]: 12,
      [`${R}|2`]: 24,
      [`${R}|3`]: 3,
      [`${R}|+SKU-10004`]: 1,
    });
    expect(detail.deliveries).toEqual([expect.objectContaining({ units: 40, finished: true })]);
    expect(detail.exceptions.map((x) => x.kind).sort()).toEqual([
      'receive.damaged',
      'receive.unexpected_item',
      'receive.wrong_item',
    ]);
    const damaged = detail.exceptions.find((x) => x.kind === 'receive.damaged')!;
    const photo = await office.get(
      `/api/supervisor/warehouses/WH1/receipt-photos/${damaged.said.photo!}`,
    );
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(detail.events.filter((e) => e.undoneBy !== null)).toHaveLength(1);

    const stock = await serverStock();
    expect(stock('DOCK-1', 'SKU-10001')).toBe(12);
    expect(stock('DOCK-1', 'SKU-10008', 'L27031', '2027-09-30')).toBe(24);
    expect(stock('DOCK-1', 'SKU-10002')).toBe(2);
    expect(stock('QUAR-1', 'SKU-10002')).toBe(1);
    expect(stock('DOCK-1', 'SKU-10004')).toBe(1);
  });

  it('puts away into the scanned locations: home location as suggested, and a cross-dock', async () => {
    const before = await serverStock();
    const homeBefore = before('A-01-1', 'SKU-10001');
    await app.open('/');
    await app.waitForHome();
    await rcv.openPutaway();
    await rcv.waitPutawayRow('SKU-10001');
    await rcv.scan('5901231000003');
    expect(await rcv.suggestion()).toContain('A-01-1');
    await rcv.scan('A-01-1');
    await app.page.waitForSelector('[data-testid=putaway-row][data-sku="SKU-10001"]', {
      state: 'detached',
    });

    await app.page.click('[data-testid=cross-dock]');
    await rcv.scan('5901231000072');
    expect(await rcv.suggestion()).toContain('OUT-1');
    await rcv.scan('A-02-1');
    await rcv.waitNotice('outbound');
    await rcv.scan('OUT-1');
    await app.page.waitForSelector('[data-testid=putaway-row][data-sku="SKU-10008"]', {
      state: 'detached',
    });
    await app.waitForBadge('upToDate', 60_000);

    const after = await serverStock();
    expect(after('DOCK-1', 'SKU-10001')).toBe(0);
    expect(after('A-01-1', 'SKU-10001')).toBe(homeBefore + 12);
    expect(after('DOCK-1', 'SKU-10008', 'L27031', '2027-09-30')).toBe(0);
    expect(after('OUT-1', 'SKU-10008', 'L27031', '2027-09-30')).toBe(24);
    expect((await app.outbox())['rejected'] ?? 0).toBe(0);
  });
});
