// Camera scanning end to end: Chromium's fake camera plays a video of one barcode (rendered with
// bwip-js), the viewfinder decodes it with the default engine, and the stock move screen shows
// the right item and quantity (and lot and expiry from GS1 labels). A blocked camera gets a
// clear message and typed entry; the camera is released on close, route change and hidden page.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { writeBarcodeVideo, type BarcodeSpec } from '../helpers/fake-camera.ts';
import { HttpClient } from '../helpers/http-client.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { CameraPage } from './pages/camera-page.ts';
import { demoItems, packGtin } from '../../server/demo/generate.ts';

const items = demoItems();
const plain = items.filter((i) => !i.lotTracked && !i.serialTracked);
const lotItem = items.find((i) => i.lotTracked)!;
const each = (i: (typeof items)[number]) => i.barcodes[0]!.code;
const caseOf = (i: (typeof items)[number]) => i.barcodes[1]!;
/** The classic UPC-E example: 01234565 is UPC-A 012345000065. */
const UPCE_ITEM = { sku: 'SKU-UPCE', upca: '012345000065', upce: '01234565' };

interface Case {
  name: string;
  code: BarcodeSpec;
  sku: string;
  qty: number;
  lot?: string;
  expiry?: string;
}

const cases: Case[] = [
  {
    name: 'an EAN-13 each',
    code: { bcid: 'ean13', text: each(plain[0]!) },
    sku: plain[0]!.sku,
    qty: 1,
  },
  {
    name: 'a GTIN-14 case (ITF-14)',
    code: { bcid: 'itf14', text: caseOf(plain[1]!).code, height: 12 },
    sku: plain[1]!.sku,
    qty: caseOf(plain[1]!).packQty,
  },
  {
    name: 'a GS1-128 label with lot and expiry',
    code: { bcid: 'gs1-128', text: `(01)0${each(lotItem)}(17)270331(10)LOT-77`, scale: 2 },
    sku: lotItem.sku,
    qty: 1,
    lot: 'LOT-77',
    expiry: '2027-03-31',
  },
  {
    name: 'a GS1 DataMatrix on a case',
    code: {
      bcid: 'gs1datamatrix',
      text: `(01)${packGtin(1, each(lotItem))}(17)281231(10)DM-5`,
      scale: 6,
    },
    sku: lotItem.sku,
    qty: caseOf(lotItem).packQty,
    lot: 'DM-5',
    expiry: '2028-12-31',
  },
  {
    name: 'a QR code with a GS1 Digital Link',
    code: { bcid: 'qrcode', text: `https://id.gs1.org/01/0${each(plain[2]!)}`, scale: 6 },
    sku: plain[2]!.sku,
    qty: 1,
  },
  {
    name: 'a UPC-E',
    code: { bcid: 'upce', text: UPCE_ITEM.upce },
    sku: UPCE_ITEM.sku,
    qty: 1,
  },
];

describe.runIf(requireChromium())('camera scanning', () => {
  let server: ServerProcess;
  let phone: Phone;
  let camera: CameraPage;
  const video = join(mkdtempSync(join(tmpdir(), 'floorsync-camera-')), 'camera.y4m');

  beforeAll(async () => {
    server = await ServerProcess.start();
    const admin = new HttpClient(server.url);
    const login = await admin.post<{ token: string }>('/api/auth/login', {
      username: 'admin',
      password: 'admin123',
    });
    const office = admin.withToken(login.body.token);
    const imported = await office.post('/api/admin/warehouses/WH1/items', [
      {
        sku: UPCE_ITEM.sku,
        description: 'Chewing gum, UPC-E',
        barcodes: [{ code: UPCE_ITEM.upca, packQty: 1 }],
      },
    ]);
    expect(imported.status).toBe(200);
    // Chromium reads the file each time the camera starts: every case rewrites it first.
    await writeBarcodeVideo(video, null);
    phone = await openPhone(server, 'picker', { fakeVideo: video });
    camera = new CameraPage(phone.app);
    await camera.watchStreams();
  });
  afterAll(async () => {
    await phone?.browser.close();
    await server?.dispose();
  });

  it.each(cases)('$name resolves to the item and quantity in a stock move', async (c) => {
    const page = phone.app.page;
    await writeBarcodeVideo(video, c.code);
    await phone.app.open('/move');
    await phone.app.wedgeScan('A-01-1');
    await page.waitForSelector('[data-testid=step-from].done');
    await camera.openForOneRead();
    // One scan mode: the viewfinder closes itself after the read.
    await page.waitForSelector('[data-testid=step-item].done');
    expect(await page.textContent('[data-testid=step-item]')).toContain(c.sku);
    expect(await page.textContent('[data-testid=step-qty] .value')).toBe(String(c.qty));
    if (c.lot) expect(await page.inputValue('[data-testid=lot-input]')).toBe(c.lot);
    if (c.expiry) expect(await page.inputValue('[data-testid=expiry-input]')).toBe(c.expiry);
    await page.waitForSelector('[data-testid=camera-view]', { state: 'detached' });
    expect((await camera.streams()).live).toBe(0);
  });

  it('releases the camera on close, on a route change and while the page is hidden', async () => {
    const page = phone.app.page;
    await writeBarcodeVideo(video, null);
    await phone.app.open('/lookup');
    await camera.open();
    await camera.waitRunning();
    expect((await camera.streams()).live).toBe(1);
    await camera.close();
    expect((await camera.streams()).live).toBe(0);

    await camera.open();
    await camera.waitRunning();
    await camera.setHidden(true);
    await page.waitForSelector('[data-testid=camera-view][data-state=paused]');
    expect((await camera.streams()).live).toBe(0);
    await camera.setHidden(false);
    await camera.waitRunning();
    expect((await camera.streams()).live).toBe(1);

    // The route changes under the open viewfinder (as the Android back button does).
    await page.evaluate(() => {
      history.pushState(null, '', '/');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForSelector('[data-testid=camera-view]', { state: 'detached' });
    expect((await camera.streams()).live).toBe(0);
  });

  it('says the camera is blocked and offers typed entry', async () => {
    // Another phone whose worker said no to the camera prompt.
    const denied = await openPhone(server, 'picker', {
      args: ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
    });
    try {
      const page = denied.app.page;
      const cam = new CameraPage(denied.app);
      await denied.app.open('/move');
      await cam.open();
      const problem = await cam.problem();
      expect(problem.kind).toBe('denied');
      expect(problem.text).toMatch(/camera is blocked/);
      await page.click('[data-testid=camera-type]');
      await page.waitForSelector('[data-testid=camera-view]', { state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'scan-input',
      );
    } finally {
      await denied.browser.close();
    }
  });

  it('scans with the camera offline: viewfinder and decoder come from the service worker', async () => {
    const page = phone.app.page;
    // A fresh load, so nothing of the camera is in memory: all of it from the precache.
    await phone.app.open('/move');
    await phone.app.wedgeScan('A-01-1');
    await page.waitForSelector('[data-testid=step-from].done');
    await server.stop();
    await page.context().setOffline(true);
    try {
      await page.reload();
      await page.waitForSelector('[data-testid=prompt]');
      await phone.app.wedgeScan('A-01-1');
      await page.waitForSelector('[data-testid=step-from].done');
      await writeBarcodeVideo(video, cases[0]!.code);
      await camera.openForOneRead();
      await page.waitForSelector('[data-testid=step-item].done');
      expect(await page.textContent('[data-testid=step-item]')).toContain(cases[0]!.sku);
    } finally {
      await page.context().setOffline(false);
    }
  });
});
