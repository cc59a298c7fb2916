// Pick lists import through real HTTP on each store: good files (CSV and nested JSON) load whole
// and reach devices; a file with any bad row is refused whole, naming every bad line and why;
// only the office may import.
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

describe.each(storeKinds())('pick lists import on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
  });
  afterAll(() => server.close());

  const listCount = async () =>
    Number(
      (
        await server.store.db
          .selectFrom('pick_lists')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('warehouse_id', '=', 'WH1')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('loads a batch list from CSV (one tote per order) and devices receive it', async () => {
    const csv = [
      'list,kind,assigned_to,order,tote,line,sku,qty,location',
      'PL-7001,batch,picker,SO-1,TOTE-71,1,SKU-10001,2,A-01-1',
      'PL-7001,batch,picker,SO-2,TOTE-72,2,SKU-10002,1,',
      'PL-7001,batch,picker,SO-1,TOTE-71,,SKU-10003,4,B-02-1',
    ].join('\n');
    const res = await admin.post('/api/admin/warehouses/WH1/pick-lists', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 1, lines: 3 });
    const picker = await userId(server.store, 'picker');
    const dev = new SimDevice(await server.as('picker'), 'WH1', picker);
    await dev.pullAll();
    expect(dev.table('pickList').get('PL-7001')).toMatchObject({
      kind: 'batch',
      assignedTo: picker,
      status: 'open',
      claimedBy: null,
      orders: [
        { order: 'SO-1', tote: 'TOTE-71' },
        { order: 'SO-2', tote: 'TOTE-72' },
      ],
    });
    const home = (
      await server.store.db
        .selectFrom('items')
        .select('home_location')
        .where('warehouse_id', '=', 'WH1')
        .where('sku', '=', 'SKU-10002')
        .executeTakeFirstOrThrow()
    ).home_location;
    expect(dev.table('pickLine').get('PL-7001|2')).toMatchObject({
      sku: 'SKU-10002',
      location: home,
      tote: 'TOTE-72',
      pickedQty: 0,
      status: 'open',
    });
    expect(dev.table('pickLine').get('PL-7001|3')).toMatchObject({ line: 3, qty: 4 });
  });

  it('loads nested JSON single-order lists, open to anyone', async () => {
    const res = await admin.post('/api/admin/warehouses/WH1/pick-lists', [
      { number: 'PL-7002', lines: [{ order: 'SO-9', sku: 'SKU-10005', qty: 1 }] },
    ]);
    expect(res.status).toBe(200);
    const row = await server.store.db
      .selectFrom('pick_lists')
      .selectAll()
      .where('number', '=', 'PL-7002')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'single', assigned_to: null, status: 'open' });
  });

  it('refuses a file with bad rows whole, naming every bad line', async () => {
    const before = await listCount();
    const csv = [
      'list,kind,assigned_to,order,tote,sku,qty,location',
      'PL-7101,batch,,SO-1,TOTE-81,SKU-10001,2,A-01-1',
      'PL-7101,batch,,SO-2,,SKU-10002,1,A-01-1',
      'PL-7101,batch,,SO-3,TOTE-81,SKU-10003,1,A-01-1',
      'PL-7102,single,,SO-4,,SKU-99999,1,A-01-1',
      'PL-7103,single,,SO-5,,SKU-10001,0,A-01-1',
      'PL-7104,single,,SO-6,,SKU-10001,1,DOCK-1',
      'PL-7105,single,receiver,SO-7,,SKU-10001,1,A-01-1',
      'PL-7106,single,nobody,SO-8,,SKU-10001,1,A-01-1',
      'PL-7107,single,,SO-8,,SKU-10001,1,A-01-1',
      'PL-7107,single,,SO-9,,SKU-10001,1,A-01-1',
      'PL-3001,single,,SO-8,,SKU-10001,1,A-01-1',
      'PL-7108,batch,,SO-8,A-01-1,SKU-10001,1,A-01-1',
      'PL-7109,single,,SO-8,,SKU-10001,1,NOWHERE',
    ].join('\n');
    const res = await admin.post<ImportError>('/api/admin/warehouses/WH1/pick-lists', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    const rows = res.body.error.details.rows;
    const at = (line: number) => rows.filter((r) => r.line === line).map((r) => r.message);
    expect(at(3).join()).toContain('needs a tote');
    expect(at(4).join()).toContain('already for order SO-1');
    expect(at(5).join()).toContain('No item SKU-99999');
    expect(rows.find((r) => r.line === 6)?.field).toBe('qty');
    expect(at(7).join()).toContain('not a storage location');
    expect(at(8).join()).toContain('not a picker');
    expect(at(9).join()).toContain('No user nobody');
    expect(at(10).join()).toContain('single-order list has 2 orders');
    expect(at(12).join()).toContain('already exists');
    expect(at(13).join()).toContain('barcode of location A-01-1');
    expect(at(14).join()).toContain('not a storage location');
    expect(rows.some((r) => r.line === 2)).toBe(false);
    expect(await listCount()).toBe(before);
  });

  it('only admins and supervisors import; a picker gets 403 and nothing loads', async () => {
    const before = await listCount();
    const picker = await server.as('picker');
    const res = await picker.post<ImportError>('/api/admin/warehouses/WH1/pick-lists', [
      { number: 'PL-7201', lines: [{ order: 'SO-1', sku: 'SKU-10001', qty: 1 }] },
    ]);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect(await listCount()).toBe(before);
  });
});
