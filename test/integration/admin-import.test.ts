// Master data import: good files load whole, bad files are refused whole with every bad line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';

interface ImportError {
  error: {
    code: string;
    message: string;
    details: { rows: { line: number; field?: string; message: string }[] };
  };
}

describe.each(storeKinds())('master data import on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
  });
  afterAll(() => server.close());

  const count = async (table: 'items' | 'locations') =>
    Number(
      (
        await server.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('warehouse_id', '=', 'WH1')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('loads items from CSV with barcodes and pack sizes, and devices receive them', async () => {
    const csv = [
      'sku,description,unit,barcodes,lot_tracked,expiry_tracked,unit_value,home_location',
      'NEW-1,Test widget,EA,4006381333931;14006381333938=12,no,no,199,A-01-1',
      'NEW-2,"Milk powder, 900 g",EA,5012345678900=1,yes,yes,1299,',
    ].join('\n');
    const res = await admin.post('/api/admin/warehouses/WH1/items', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 2 });
    const dev = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    await dev.pullAll();
    expect(dev.table('item').get('NEW-1')).toMatchObject({
      description: 'Test widget',
      barcodes: [
        { code: '4006381333931', packQty: 1 },
        { code: '14006381333938', packQty: 12 },
      ],
      homeLocation: 'A-01-1',
    });
    expect(dev.table('item').get('NEW-2')).toMatchObject({
      lotTracked: true,
      expiryTracked: true,
      description: 'Milk powder, 900 g',
    });
  });

  it('loads locations from JSON', async () => {
    const res = await admin.post('/api/admin/warehouses/WH1/locations', [
      { code: 'E-01-1', zone: 'E', kind: 'storage', walkSeq: 900 },
      { code: 'E-01-2', barcode: 'LOC-E012', zone: 'E', kind: 'storage', walkSeq: 901 },
    ]);
    expect(res.status).toBe(200);
    const loc = await server.store.db
      .selectFrom('locations')
      .selectAll()
      .where('code', '=', 'E-01-2')
      .executeTakeFirstOrThrow();
    expect(loc.barcode).toBe('LOC-E012');
  });

  it('refuses a CSV with bad rows, names each line and reason, and loads nothing of it', async () => {
    const before = await count('items');
    const csv = [
      'sku,description,barcodes,unit_value,home_location',
      'OK-1,Fine item,5901234123457,100,',
      ',No SKU,,100,',
      'BAD-2,Bad check digit,5901234123458,100,',
      'BAD-3,Bad value,,12x,',
      'OK-1,Same SKU again,,100,',
      'BAD-5,Missing home,,100,Z-99-9',
      'BAD-6,Barcode taken,5901231000003,100,',
    ].join('\n');
    const res = await admin.post<ImportError>('/api/admin/warehouses/WH1/items', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(res.body.error.message).toContain('nothing was imported');
    const byLine = new Map(res.body.error.details.rows.map((r) => [r.line, r]));
    expect([...byLine.keys()]).toEqual([3, 4, 5, 6, 7, 8]);
    expect(byLine.get(3)!.field).toBe('sku');
    expect(byLine.get(4)!.message).toContain('check digit');
    expect(byLine.get(5)!.field).toBe('unitValue');
    expect(byLine.get(6)!.message).toContain('line 2');
    expect(byLine.get(7)!.message).toContain('Z-99-9');
    expect(byLine.get(8)!.message).toContain('SKU-10001');
    expect(await count('items')).toBe(before);
    const ok1 = await server.store.db
      .selectFrom('items')
      .select('sku')
      .where('sku', '=', 'OK-1')
      .executeTakeFirst();
    expect(ok1).toBeUndefined();
  });

  it('refuses bad location rows by line, and a file that is not CSV or rows', async () => {
    const before = await count('locations');
    const res = await admin.post<ImportError>('/api/admin/warehouses/WH1/locations', [
      { code: 'F-01', zone: 'F', kind: 'storage', walkSeq: 1 },
      { code: 'F-02', zone: 'F', kind: 'rooftop', walkSeq: 2 },
      { code: 'F|03', zone: 'F', kind: 'storage', walkSeq: -1 },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.error.details.rows.map((r) => [r.line, r.field])).toEqual([
      [2, 'kind'],
      [3, 'code'],
      [3, 'walkSeq'],
    ]);
    expect(await count('locations')).toBe(before);
    const notRows = await admin.post('/api/admin/warehouses/WH1/locations', { hello: 'world' });
    expect(notRows.status).toBe(400);
    const badCsv = await admin.post('/api/admin/warehouses/WH1/locations', 'code,zone\n"A-1,Z\n', {
      'content-type': 'text/csv',
    });
    expect(badCsv.status).toBe(422);
    expect(badCsv.body).toMatchObject({ error: { code: 'IMPORT_INVALID' } });
  });

  it('refuses an import into a warehouse the admin is not a member of', async () => {
    const res = await admin.post('/api/admin/warehouses/WH9/items', []);
    expect(res.status).toBe(403);
  });
});
