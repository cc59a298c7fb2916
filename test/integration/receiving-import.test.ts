// Receipts import through real HTTP on each store: good files load whole and reach devices; a
// file with any bad row is refused whole, naming every bad line and why.
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

describe.each(storeKinds())('receipts import on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
  });
  afterAll(() => server.close());

  const receiptCount = async () =>
    Number(
      (
        await server.store.db
          .selectFrom('receipts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('warehouse_id', '=', 'WH1')
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('loads receipts from CSV, one row per line, and devices of the warehouse receive them', async () => {
    const csv = [
      'number,supplier,due_date,type,line,sku,qty,lot,expiry,serials,tolerance_pct',
      'PO-5001,Acme,2026-03-02,purchase,1,SKU-10001,10,,,,10',
      'PO-5001,Acme,2026-03-02,purchase,2,SKU-10008,24,L1,2027-01-31,,10',
      'PO-5001,Acme,2026-03-02,purchase,3,SKU-10043,2,,,SN-1;SN-2,10',
      'RT-5002,Web shop,2026-03-03,return,,SKU-10002,1,,,,',
    ].join('\n');
    const res = await admin.post('/api/admin/warehouses/WH1/receipts', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ imported: 2, lines: 4 });
    const dev = new SimDevice(
      await server.as('receiver'),
      'WH1',
      await userId(server.store, 'receiver'),
    );
    await dev.pullAll();
    expect(dev.table('receipt').get('PO-5001')).toMatchObject({
      number: 'PO-5001',
      barcode: 'PO-5001',
      supplier: 'Acme',
      dueDate: '2026-03-02',
      type: 'purchase',
      dock: 'DOCK-1',
      tolerancePct: 10,
      status: 'open',
    });
    expect(dev.table('receipt').get('RT-5002')).toMatchObject({ type: 'return', tolerancePct: 0 });
    expect(dev.table('receiptLine').get('PO-5001|2')).toMatchObject({
      sku: 'SKU-10008',
      expectedQty: 24,
      lot: 'L1',
      expiry: '2027-01-31',
      receivedQty: 0,
    });
    expect(dev.table('receiptLine').get('PO-5001|3')).toMatchObject({ serials: ['SN-1', 'SN-2'] });
    expect(dev.table('receiptLine').get('RT-5002|1')).toMatchObject({ sku: 'SKU-10002' });
  });

  it('loads nested JSON receipts with their own barcode and dock', async () => {
    const res = await admin.post('/api/admin/warehouses/WH1/receipts', [
      {
        number: 'ASN 77/1',
        barcode: 'ASN0000771',
        supplier: 'Brightline',
        dueDate: '2026-03-04',
        dock: 'DOCK-2',
        lines: [
          { sku: 'SKU-10006', qty: 5 },
          { sku: 'SKU-10016', expectedQty: 7, line: 9 },
        ],
      },
    ]);
    expect(res.status).toBe(200);
    const lines = await server.store.db
      .selectFrom('receipt_lines')
      .select(['line', 'sku', 'expected_qty'])
      .where('receipt', '=', 'ASN 77/1')
      .orderBy('line')
      .execute();
    expect(lines.map((l) => [Number(l.line), l.sku, Number(l.expected_qty)])).toEqual([
      [9, 'SKU-10016', 7],
      [10, 'SKU-10006', 5],
    ]);
  });

  it('refuses a CSV with bad rows, names each line and reason, and loads nothing of it', async () => {
    const before = await receiptCount();
    const csv = [
      'number,supplier,due_date,type,sku,qty,lot,serials',
      'PO-6001,Fine,2026-03-02,purchase,SKU-10001,5,,',
      'PO-6002,Bad qty,2026-03-02,purchase,SKU-10001,0,,',
      'PO-6003,Half,2026-03-02,purchase,SKU-10001,2.5,,',
      'PO-6004,No item,2026-03-02,purchase,NOPE-1,5,,',
      'PO-1001,Exists,2026-03-02,purchase,SKU-10001,5,,',
      'PO-6005,Lot on untracked,2026-03-02,purchase,SKU-10001,5,L1,',
      'PO-6006,Serials on untracked,2026-03-02,purchase,SKU-10002,2,,S1;S2',
      'PO-6007,Too many serials,2026-03-02,purchase,SKU-10043,1,,S1;S2',
      'PO-6008,Bad date,2026-13-40,purchase,SKU-10001,5,,',
      'PO-6009,Bad type,2026-03-02,gift,SKU-10001,5,,',
      'PO-6001,Other header,2026-03-09,purchase,SKU-10002,5,,',
      'PO-6010,Negative,2026-03-02,purchase,SKU-10001,-3,,',
    ].join('\n');
    const res = await admin.post<ImportError>('/api/admin/warehouses/WH1/receipts', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('IMPORT_INVALID');
    expect(res.body.error.message).toContain('nothing was imported');
    const rows = res.body.error.details.rows;
    const byLine = (line: number) => rows.filter((r) => r.line === line);
    expect([...new Set(rows.map((r) => r.line))]).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(byLine(3)[0]!.field).toBe('expectedQty');
    expect(byLine(4)[0]!.field).toBe('expectedQty');
    expect(byLine(5)[0]!.message).toContain('NOPE-1');
    expect(byLine(6)[0]!.message).toContain('already exists');
    expect(byLine(7)[0]!.field).toBe('lot');
    expect(byLine(8)[0]!.field).toBe('serials');
    expect(byLine(9)[0]!.message).toContain('2 serials for 1 units');
    expect(byLine(10)[0]!.field).toBe('dueDate');
    expect(byLine(11)[0]!.field).toBe('type');
    expect(byLine(12)[0]!.message).toContain('different header than on line 2');
    expect(byLine(13)[0]!.field).toBe('expectedQty');
    expect(await receiptCount()).toBe(before);
    const fine = await server.store.db
      .selectFrom('receipts')
      .select('number')
      .where('number', '=', 'PO-6001')
      .executeTakeFirst();
    expect(fine).toBeUndefined();
  });

  it('refuses barcodes that clash, a non-dock dock, repeated line numbers and empty receipts', async () => {
    const res = await admin.post<ImportError>('/api/admin/warehouses/WH1/receipts', [
      {
        number: 'X-1',
        supplier: 'S',
        dueDate: '2026-03-02',
        barcode: 'A-01-1',
        lines: [{ sku: 'SKU-10001', qty: 1 }],
      },
      {
        number: 'X-2',
        supplier: 'S',
        dueDate: '2026-03-02',
        barcode: '5901231000003',
        lines: [{ sku: 'SKU-10001', qty: 1 }],
      },
      {
        number: 'X-3',
        supplier: 'S',
        dueDate: '2026-03-02',
        dock: 'A-01-1',
        lines: [{ sku: 'SKU-10001', qty: 1 }],
      },
      {
        number: 'X-4',
        supplier: 'S',
        dueDate: '2026-03-02',
        lines: [
          { sku: 'SKU-10001', qty: 1, line: 2 },
          { sku: 'SKU-10002', qty: 1, line: 2 },
        ],
      },
      { number: 'X-5', supplier: 'S', dueDate: '2026-03-02', lines: [] },
      {
        number: 'X-3',
        supplier: 'S',
        dueDate: '2026-03-02',
        lines: [{ sku: 'SKU-10001', qty: 1 }],
      },
    ]);
    expect(res.status).toBe(422);
    const rows = res.body.error.details.rows;
    expect(rows.map((r) => [r.line, r.field])).toEqual([
      [1, 'barcode'],
      [2, 'barcode'],
      [3, 'dock'],
      [4, 'lines.2.line'],
      [5, 'lines'],
      [6, 'number'],
    ]);
    expect(rows[0]!.message).toContain('location A-01-1');
    expect(rows[1]!.message).toContain('item SKU-10001');
  });

  it('refuses pickers and other warehouses, and bodies that are not rows', async () => {
    const picker = await server.as('picker');
    const asPicker = await picker.post('/api/admin/warehouses/WH1/receipts', []);
    expect(asPicker.status).toBe(403);
    const north = await admin.post('/api/admin/warehouses/WH9/receipts', []);
    expect(north.status).toBe(403);
    const notRows = await admin.post('/api/admin/warehouses/WH1/receipts', { hello: 1 });
    expect(notRows.status).toBe(400);
    expect(notRows.body).toMatchObject({ error: { code: 'BAD_REQUEST', retryable: false } });
  });
});
