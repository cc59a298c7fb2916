// Shipping prep through real HTTP on each store: the demo's routes, orders and settings reach a
// device with its SSCC ranges (S2); packing checks against what the order picked (S3–S5), the
// weight tolerance (S6) and duplicate SSCCs (S11) raise exceptions; the orders and routes imports
// are all or nothing with every bad line named.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { exceptionsOfKind, homeOf, pickOp } from '../helpers/picking.ts';
import { cartonOf, rangesOf, SsccWallet } from '../helpers/shipping.ts';
import type { HttpClient } from '../helpers/http-client.ts';

interface ImportErr {
  error: { code: string; details: { rows: { line: number; field?: string; message: string }[] } };
}

describe.each(storeKinds())('shipping prep on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let dev: SimDevice;
  let wallet: SsccWallet;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
    dev.packs = true;
    await dev.pullAll();
    wallet = new SsccWallet(dev);
    wallet.absorb();
  });
  afterAll(() => server.close());

  it('S2: a device gets ranges for a shift on its first pull, with routes and ship-to', async () => {
    const ranges = rangesOf(dev);
    expect(ranges.reduce((n, r) => n + r.end - r.start + 1, 0)).toBeGreaterThanOrEqual(200);
    expect(dev.table('shipRoute').get('R-NORTH')).toMatchObject({
      vehicle: 'VAN-01',
      stops: [
        { stop: 1, orders: ['SO-5001'] },
        { stop: 2, orders: ['SO-5002'] },
        { stop: 3, orders: ['SO-5003'] },
      ],
    });
    expect((dev.table('shipRoute').get('R-SOUTH') as { stops: unknown[] }).stops).toHaveLength(4);
    expect(dev.table('shipOrder').get('SO-5001')).toMatchObject({
      list: 'PL-3001',
      route: 'R-NORTH',
      stop: 1,
      shipTo: { name: 'Corner Shop', phone: '555-0101' },
    });
    expect(dev.table('shippingSettings').get('settings')).toMatchObject({
      companyPrefix: '5901234',
    });
    // A second pull with serials left changes nothing.
    await dev.pullAll();
    expect(rangesOf(dev)).toHaveLength(ranges.length);
  });

  it('S3–S6, S11: pack checks against the order, weight and duplicate SSCCs raise', async () => {
    const at = async (line: number, sku: string, qty: number) =>
      pickOp(dev, {
        list: 'PL-3001',
        line,
        sku,
        qty,
        location: await homeOf(server.store, sku),
        tote: 'TOTE-01',
      });
    let res = await dev.push([
      dev.op('pick.claim', { list: 'PL-3001' }),
      await at(1, 'SKU-10013', 2),
      await at(3, 'SKU-10008', 1),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const first = wallet.next()!;
    res = await dev.push([
      dev.op('pack.open', {
        carton: 'CT-1',
        list: 'PL-3001',
        order: 'SO-5001',
        packageType: 'box-m',
        cartonNo: 1,
      }),
      dev.op('pack.item', { carton: 'CT-1', order: 'SO-5001', sku: 'SKU-10013', qty: 2 }),
      dev.op('pack.item', { carton: 'CT-1', order: 'SO-5001', sku: 'SKU-10002', qty: 1 }),
      dev.op('pack.close', { carton: 'CT-1', sscc: first, weightGrams: 99_000 }),
      dev.op('pack.open', {
        carton: 'CT-2',
        list: 'PL-3001',
        order: 'SO-5001',
        packageType: 'bag',
        cartonNo: 2,
      }),
      dev.op('pack.item', { carton: 'CT-2', order: 'SO-5001', sku: 'SKU-10008', qty: 1 }),
      dev.op('pack.item', { carton: 'CT-2', order: 'SO-5001', sku: 'SKU-10008', qty: 1 }),
      dev.op('pack.close', { carton: 'CT-2', sscc: first, weightGrams: null }),
      dev.op('pack.item', { carton: 'CT-2', order: 'SO-5001', sku: 'SKU-10008', qty: 1 }),
      dev.op('pack.open', {
        carton: 'CT-2',
        list: 'PL-3001',
        order: 'SO-5002',
        packageType: 'bag',
        cartonNo: 1,
      }),
      dev.op('pack.open', {
        carton: 'CT-3',
        list: 'PL-3001',
        order: 'SO-9999',
        packageType: 'bag',
        cartonNo: 1,
      }),
    ]);
    const r = res.body.results;
    expect(r.map((x) => x.status)).toEqual([
      ...Array<string>(8).fill('applied'),
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(r.slice(8).map((x) => x.code)).toEqual(['CONFLICT', 'CONFLICT', 'UNKNOWN_DOCUMENT']);
    expect(r[2]!.exceptions?.map((x) => x.kind)).toEqual(['pack.wrong_item']);
    expect(r[3]!.exceptions?.map((x) => x.kind)).toEqual(['pack.weight']);
    expect(r[6]!.exceptions?.map((x) => x.kind)).toEqual(['pack.over']);
    expect(r[7]!.exceptions?.map((x) => x.kind)).toEqual(['sscc.duplicate']);
    expect(await cartonOf(server.store, 'CT-1')).toMatchObject({
      status: 'closed',
      sscc: first,
      weightGrams: 99_000,
      contents: [
        { sku: 'SKU-10013', qty: 2 },
        { sku: 'SKU-10002', qty: 1 },
      ],
    });
    const [weight] = await exceptionsOfKind(server.store, 'pack.weight', 'CT-1');
    expect(typeof weight!.believed['allowed']).toBe('number');
    // The same close again (a resend under another seq) changes nothing.
    res = await dev.push([
      dev.op('pack.close', { carton: 'CT-1', sscc: first, weightGrams: 99_000 }),
    ]);
    expect(res.body.results[0]!.status).toBe('applied');
    expect(res.body.results[0]!.exceptions ?? []).toEqual([]);
    const shipments = await admin.get<{ orders: { order: string; packed: number }[] }>(
      '/api/supervisor/warehouses/WH1/shipments',
    );
    expect(shipments.body.orders.find((o) => o.order === 'SO-5001')).toMatchObject({ packed: 2 });
  });

  it('imports orders and routes all or nothing, every bad line named', async () => {
    const orders = [
      'order,list,name,address1,address2,phone,requested_date',
      'SO-5008,PL-3004,Old Mill Bakery,3 Mill Lane,Springfield,555-0108,2026-12-05',
      'SO-5001,PL-3002,Wrong List,1 Road,Town,1,2026-12-05',
      'SO-5008,PL-3004,Again,1 Road,Town,1,2026-12-05',
      'SO-7777,PL-3004,,1 Road,Town,1,2026-13-05',
    ].join('\n');
    const bad = await admin.post<ImportErr>('/api/admin/warehouses/WH1/ship-orders', orders, {
      'content-type': 'text/csv',
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('IMPORT_INVALID');
    expect(bad.body.error.details.rows.map((x) => x.line)).toEqual([3, 4, 5, 5]);
    const good = await admin.post('/api/admin/warehouses/WH1/ship-orders', [
      {
        order: 'SO-5008',
        list: 'PL-3004',
        shipTo: { name: 'Old Mill', address: ['3 Mill Lane'], phone: '1' },
        requestedDate: '2026-12-05',
      },
    ]);
    expect(good.status).toBe(200);
    const routes = [
      'route,vehicle,date,stop,order',
      'R-WEST,VAN-03,2026-12-05,1,SO-5008',
      'R-WEST,VAN-04,2026-12-05,2,SO-5001',
      'R-WEST,VAN-03,2026-12-05,3,SO-0000',
      'R-NORTH,VAN-01,2026-12-05,9,SO-5005',
    ].join('\n');
    const badRoutes = await admin.post<ImportErr>('/api/admin/warehouses/WH1/routes', routes, {
      'content-type': 'text/csv',
    });
    expect(badRoutes.status).toBe(422);
    const rows = badRoutes.body.error.details.rows;
    expect(rows.map((x) => [x.line, x.field])).toEqual([
      [3, 'vehicle'],
      [3, 'order'],
      [4, 'order'],
      [5, 'order'],
      [5, 'route'],
    ]);
    await dev.pullAll();
    expect(dev.table('shipRoute').has('R-WEST')).toBe(false);
    const okRoutes = await admin.post('/api/admin/warehouses/WH1/routes', [
      {
        route: 'R-WEST',
        vehicle: 'VAN-03',
        date: '2026-12-05',
        stops: [{ stop: 1, orders: ['SO-5008'] }],
      },
    ]);
    expect(okRoutes.status).toBe(200);
    await dev.pullAll();
    expect(dev.table('shipOrder').get('SO-5008')).toMatchObject({
      route: 'R-WEST',
      stop: 1,
      shipTo: { name: 'Old Mill' },
    });
  });
});
