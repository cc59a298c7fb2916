// Console CSV exports through real HTTP on each store contain what was recorded: book stock as
// the store holds it, every movement of a pushed op, the exceptions with their resolution. A
// text cell a spreadsheet would run as a formula is neutralised.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { C, raiseOverBook } from '../helpers/console.ts';

const rowsOf = (csv: string): Record<string, string>[] =>
  parse<Record<string, string>>(csv, { columns: true, skip_empty_lines: true, bom: true });

describe.each(storeKinds())('console exports on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let dev: SimDevice;
  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
  });
  afterAll(() => server.close());

  it('every export starts with a UTF-8 byte order mark so Excel reads Chinese names right', async () => {
    for (const name of ['stock.csv', 'movements.csv', 'exceptions.csv', 'count-results.csv']) {
      const res = await fetch(`${server.url}${C}/exports/${name}`, {
        headers: { authorization: `Bearer ${sup.token!}` },
      });
      expect(res.status).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('stock.csv lists every non-zero bucket with the store’s quantity', async () => {
    await dev.push([dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 2 })]);
    const res = await sup.request<string>('GET', `${C}/exports/stock.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toContain('stock-WH1.csv');
    const rows = rowsOf(res.body);
    const book = await server.store.db
      .selectFrom('stock')
      .selectAll()
      .where('warehouse_id', '=', 'WH1')
      .where('qty', '!=', 0)
      .execute();
    expect(rows).toHaveLength(book.length);
    for (const b of book) {
      const r = rows.find(
        (x) =>
          x['location'] === b.location &&
          x['sku'] === b.sku &&
          x['lot'] === b.lot &&
          x['expiry'] === b.expiry,
      );
      expect(r?.['qty'], `${b.location} ${b.sku}`).toBe(String(b.qty));
    }
  });

  it('movements.csv has both movements of a move with op, user and device, and honours from/to', async () => {
    const start = Date.now();
    const op = dev.move({ sku: 'SKU-10002', from: 'A-02-1', to: 'A-03-2', qty: 3 });
    await dev.push([op]);
    const res = await sup.request<string>('GET', `${C}/exports/movements.csv?from=${start}`);
    const mine = rowsOf(res.body).filter((r) => r['op_id'] === op.opId);
    expect(mine.map((r) => [r['location'], r['delta'], r['kind']])).toEqual([
      ['A-02-1', '-3', 'move'],
      ['A-03-2', '3', 'move'],
    ]);
    expect(mine[0]).toMatchObject({
      sku: 'SKU-10002',
      device: dev.deviceId,
      user: dev.userId,
      user_name: 'Pat Picker',
    });
    const before = await sup.request<string>('GET', `${C}/exports/movements.csv?to=${start}`);
    expect(rowsOf(before.body).some((r) => r['op_id'] === op.opId)).toBe(false);
    expect((await sup.get(`${C}/exports/movements.csv?from=yesterday`)).status).toBe(400);
  });

  it('exceptions.csv has what the floor said, what the server believed, and the resolution', async () => {
    const [a, b] = (await raiseOverBook(dev, 2, 'B-04-1')) as [string, string];
    await sup.post(`${C}/exceptions/${a}/actions`, {
      action: 'acknowledge',
      reason: '=HYPERLINK("x") is not a reason',
    });
    const all = rowsOf((await sup.request<string>('GET', `${C}/exports/exceptions.csv`)).body);
    const ra = all.find((r) => r['id'] === a)!;
    expect(ra).toMatchObject({
      kind: 'move.over_book',
      status: 'resolved',
      resolution: 'acknowledge',
      device: dev.deviceId,
    });
    expect(ra['note']).toBe(`'=HYPERLINK("x") is not a reason`);
    expect(JSON.parse(ra['said']!)).toMatchObject({ from: 'B-04-1', sku: 'SKU-10001' });
    expect(JSON.parse(ra['believed']!)).toHaveProperty('book');
    const open = rowsOf(
      (await sup.request<string>('GET', `${C}/exports/exceptions.csv?status=open`)).body,
    );
    expect(open.map((r) => r['id'])).toContain(b);
    expect(open.map((r) => r['id'])).not.toContain(a);
  });
});
