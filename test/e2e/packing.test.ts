// Packing end to end, offline at the dock: the built PWA against the real server process in real
// Chromium. PL-3001's order SO-5001 was picked; the packer scans its tote, opens a carton, scans
// the items as scanner bursts (a wrong item and one too many are blocked with the error tone),
// types a weight far off the items' (real key presses), closes the carton and gets its GS1 label
// with an SSCC from the device's own range. Reconnected, the server holds the carton closed with
// that SSCC, its contents, and the weight exception (S3–S6, S10, S11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';
import { isSscc } from '../../src/core/shipping/sscc.ts';
import type { Item } from '../../src/core/entities.ts';
import type { Carton } from '../../src/core/shipping/entities.ts';
import { AppPage } from './pages/app-page.ts';
import { PackPage } from './pages/pack-page.ts';

interface Shipments {
  orders: { order: string; cartons: Carton[] }[];
  exceptions: { kind: string; ref: string }[];
}

describe.runIf(requireChromium())('packing an order at the dock, offline', () => {
  let server: ServerProcess;
  let phone: DeviceBrowser;
  let app: AppPage;
  let pack: PackPage;
  let office: HttpClient;
  const barcode = new Map<string, string>();

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

  beforeAll(async () => {
    server = await ServerProcess.start();
    office = (await signIn('admin', 'admin123')).http;
    // Another picker's phone picked SO-5001 (PL-3001 lines 1 and 3) into TOTE-01.
    const p = await signIn('picker2', 'picker123');
    const dev = new SimDevice(p.http, 'WH1', p.userId);
    await dev.pullAll();
    for (const i of dev.table('item').values() as IterableIterator<Item>)
      barcode.set(i.sku, i.barcodes.find((b) => b.packQty === 1)!.code);
    const home = (sku: string) => (dev.table('item').get(sku) as Item).homeLocation!;
    const res = await dev.push([
      dev.op('pick.claim', { list: 'PL-3001' }),
      dev.op('pick.line', {
        list: 'PL-3001',
        line: 1,
        sku: 'SKU-10013',
        location: home('SKU-10013'),
        qty: 2,
        tote: 'TOTE-01',
      }),
      dev.op('pick.line', {
        list: 'PL-3001',
        line: 3,
        sku: 'SKU-10008',
        location: home('SKU-10008'),
        qty: 1,
        lot: 'L26107',
        expiry: '2027-08-28',
        tote: 'TOTE-01',
      }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    phone = await DeviceBrowser.launch();
    const page = await phone.page();
    await page.setViewportSize({ width: 360, height: 640 });
    app = new AppPage(page, server.url);
    pack = new PackPage(app);
  });
  afterAll(async () => {
    await phone.close();
    await server.dispose();
  });

  let sscc = '';

  it('packs SO-5001 with the server stopped and the browser offline; wrong and extra units are blocked', async () => {
    await app.open();
    await app.signIn('picker');
    await app.waitForHome();
    await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await app.waitForBadge('upToDate');
    await server.stop();
    await app.page.context().setOffline(true);
    await app.page.reload();
    await app.waitForHome();
    await pack.open();
    await pack.scan('TOTE-01');
    await pack.waitOrder('SO-5001');
    await pack.waitLeft('SKU-10013', 2);
    await pack.waitLeft('SKU-10008', 1);
    await pack.openCarton('box-m');
    await pack.scan(barcode.get('SKU-10013')!);
    await pack.waitLeft('SKU-10013', 1);
    await pack.scan(barcode.get('SKU-10002')!);
    await pack.waitNotice('Wrong item: SKU-10002');
    expect(await pack.noticeKind()).toContain('err');
    await pack.scan(barcode.get('SKU-10013')!);
    await pack.waitLeft('SKU-10013', 0);
    await pack.scan(barcode.get('SKU-10013')!);
    await pack.waitNotice('Too many SKU-10013');
    await pack.scan(barcode.get('SKU-10008')!);
    await pack.waitLeft('SKU-10008', 0);
    await pack.typeWeight('9.5');
    sscc = await pack.close();
    expect(isSscc(sscc)).toBe(true);
    expect(sscc.startsWith('05901234')).toBe(true);
    await pack.waitNotice(`SSCC ${sscc}`);
    // The label: the SSCC symbol with its (00) text, ship-to, carton 1 of 1 (all packed).
    expect(await app.page.getAttribute('[data-testid=label-barcode]', 'data-hri')).toBe(
      `(00) ${sscc}`,
    );
    const text = await app.page.textContent('[data-testid=label] svg');
    for (const words of [
      'Corner Shop',
      'SO-5001',
      'CARTON 1 OF 1',
      '9.50 kg',
      'Route R-NORTH stop 1',
    ])
      expect(text).toContain(words);
    // Printed alone: the print stylesheet hides the screen around the label.
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.isVisible('[data-testid=label] svg')).toBe(true);
    expect(
      await app.page.isVisible('[data-testid=close-carton], [data-testid=open-carton-button]'),
    ).toBe(false);
    await app.page.emulateMedia({ media: 'screen' });
    // pack.open, three pack.item, pack.close
    expect((await app.outbox())['pending']).toBe(5);
  });

  it('reconnects: the server holds the carton with its SSCC and contents, and the weight exception', async () => {
    await server.start();
    await app.page.context().setOffline(false);
    await app.waitForBadge('upToDate', 60_000);
    const outbox = await app.outbox();
    expect(outbox['pending'] ?? 0).toBe(0);
    expect(outbox['rejected'] ?? 0).toBe(0);
    const s = (await office.get<Shipments>('/api/supervisor/warehouses/WH1/shipments')).body;
    const cartons = s.orders.find((o) => o.order === 'SO-5001')!.cartons;
    expect(cartons).toHaveLength(1);
    expect(cartons[0]).toMatchObject({
      status: 'closed',
      sscc,
      weightGrams: 9500,
      packageType: 'box-m',
    });
    expect(cartons[0]!.contents.map((c) => [c.sku, c.qty])).toEqual([
      ['SKU-10013', 2],
      ['SKU-10008', 1],
    ]);
    const kinds = s.exceptions.map((x) => x.kind);
    expect(kinds).toEqual(['pack.weight']);
  });
});
