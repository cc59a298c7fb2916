// The import templates the console hands out are what the import routes read: each CSV template
// (with its BOM) and the count task JSON is accepted as is, in order, by the real server on each
// store, and its example row lands; a picker's valid token cannot import one (403).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateFile } from '../../src/features/console/templates.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import type { HttpClient } from '../helpers/http-client.ts';

describe.each(storeKinds())('console import templates on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
  });
  afterAll(() => server.close());

  it('every template imports as downloaded', async () => {
    for (const what of ['items', 'locations', 'receipts', 'pick-lists'] as const) {
      const f = templateFile(what);
      expect(f.text.startsWith('\uFEFF')).toBe(true);
      const res = await admin.post(`/api/admin/warehouses/WH1/${what}`, f.text, {
        'content-type': 'text/csv',
      });
      expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    const task = templateFile('count-tasks');
    const { note: _note, ...body } = JSON.parse(task.text) as Record<string, unknown>;
    const res = await admin.post('/api/supervisor/warehouses/WH1/count-tasks', {
      ...body,
      note: 'from the template',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const item = await server.store.db
      .selectFrom('items')
      .select(['sku', 'unit_value'])
      .where('sku', '=', 'SKU-20001')
      .executeTakeFirst();
    expect(item).toEqual({ sku: 'SKU-20001', unit_value: 1250 });
    const lines = await server.store.db
      .selectFrom('pick_lines')
      .select(['list', 'qty'])
      .where('list', '=', 'PL-5001')
      .execute();
    expect(lines.map((l) => [l.list, Number(l.qty)])).toEqual([['PL-5001', 2]]);
  });

  it('a picker cannot import a template', async () => {
    const picker = await server.as('picker');
    const res = await picker.post('/api/admin/warehouses/WH1/items', templateFile('items').text, {
      'content-type': 'text/csv',
    });
    expect(res.status).toBe(403);
  });
});
