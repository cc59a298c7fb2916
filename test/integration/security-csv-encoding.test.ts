// Finding M9 (GBK CSV stored as mojibake): an upload is decoded by its charset parameter, or,
// without one, as UTF-8 (UTF-16 by its BOM) and else as GB18030, which covers GBK from Chinese
// Excel. Bytes that are none of these are refused with 422 and the line that cannot be read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../helpers/http-client.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

const HEADER = 'sku,description,unit,barcodes,lot_tracked,expiry_tracked,unit_value,home_location';
/** 螺栓 M6 黑色 ("bolt M6 black") in GBK. */
const GBK_BOLT = Buffer.from([
  0xc2, 0xdd, 0xcb, 0xa8, 0x20, 0x4d, 0x36, 0x20, 0xba, 0xda, 0xc9, 0xab,
]);

describe.each(storeKinds())('CSV encodings on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
  });
  afterAll(() => server.close());

  const upload = async (bytes: Buffer, contentType: string) => {
    const res = await fetch(`${server.url}/api/admin/warehouses/WH1/items`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin.token!}`, 'content-type': contentType },
      body: new Uint8Array(bytes),
    });
    return {
      status: res.status,
      body: (await res.json()) as {
        error?: { code: string; details?: { rows: { line: number }[] } };
      },
    };
  };
  const file = (sku: string, description: Buffer) =>
    Buffer.concat([
      Buffer.from(`${HEADER}\n${sku},`),
      description,
      Buffer.from(',EA,,no,no,10,\n'),
    ]);
  const description = async (sku: string) =>
    (
      await server.store.db
        .selectFrom('items')
        .select('description')
        .where('warehouse_id', '=', 'WH1')
        .where('sku', '=', sku)
        .executeTakeFirst()
    )?.description;

  it('M9: a GBK file is read as Chinese, with or without charset=gbk', async () => {
    expect((await upload(file('GBK-1', GBK_BOLT), 'text/csv')).status).toBe(200);
    expect(await description('GBK-1')).toBe('螺栓 M6 黑色');
    expect((await upload(file('GBK-2', GBK_BOLT), 'text/csv; charset=GBK')).status).toBe(200);
    expect(await description('GBK-2')).toBe('螺栓 M6 黑色');
  });

  it('M9: UTF-8 and UTF-16 with its BOM ("Unicode text") are read as they are', async () => {
    expect((await upload(file('U8-1', Buffer.from('螺栓 ✓')), 'text/csv')).status).toBe(200);
    expect(await description('U8-1')).toBe('螺栓 ✓');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(file('U16-1', Buffer.from('黑色')).toString(), 'utf16le'),
    ]);
    expect((await upload(utf16, 'text/csv')).status).toBe(200);
    expect(await description('U16-1')).toBe('黑色');
  });

  it('M9: bytes that are not UTF-8 nor GBK are 422 with the line; a wrong charset too', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADER}\nOK-1,Plain,EA,,no,no,10,\nBAD-1,caf`),
      Buffer.from([0xe9, 0x2c, 0xff]),
      Buffer.from('EA,,no,no,10,\n'),
    ]);
    const res = await upload(latin1, 'text/csv');
    expect(res.status).toBe(422);
    expect(res.body.error?.code).toBe('IMPORT_INVALID');
    expect(res.body.error?.details?.rows[0]?.line).toBe(3);
    const declared = await upload(file('GBK-3', GBK_BOLT), 'text/csv; charset=utf-8');
    expect(declared.status).toBe(422);
    expect(declared.body.error?.details?.rows[0]?.line).toBe(2);
    expect((await upload(file('X-1', GBK_BOLT), 'text/csv; charset=klingon')).status).toBe(415);
    expect(await description('OK-1')).toBeUndefined();
  });
});
