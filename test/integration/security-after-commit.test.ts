// Finding "read in the code": notify runs after commit. When telling the other instances fails
// (pg_notify on a dropped connection) or a version listener throws, a committed push, import,
// console action or user change must still be answered with its committed result, never a 500
// that makes the device resend; the failure is logged. Devices catch up at their next pull.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { C, raiseOverBook } from '../helpers/console.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import { userId } from '../helpers/server-state.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { onDeviceReport } from '../../server/console/bus.ts';
import type { Store } from '../../server/store/store.ts';

describe.each(storeKinds())('after-commit failures on %s', (kind) => {
  let server: TestServer;
  let dev: SimDevice;
  let reader: SimDevice;
  let admin: HttpClient;
  let sup: HttpClient;
  let realNotify: Store['notify'];
  const logged: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    realNotify = server.store.notify.bind(server.store);
    vi.spyOn(server.app.log, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : '')).join(' '));
    });
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
    reader = new SimDevice(
      await server.as('picker2'),
      'WH1',
      await userId(server.store, 'picker2'),
    );
    admin = await server.as('admin');
    sup = await server.as('supervisor');
    await reader.pullAll();
  });
  afterEach(() => {
    server.store.notify = realNotify;
  });
  afterAll(() => server.close());

  const failNotify = () => {
    server.store.notify = () => Promise.reject(new Error('Connection terminated unexpectedly'));
  };

  it('a committed push answers 200 with its results when notify fails; no resend needed', async () => {
    failNotify();
    const op = dev.move({ sku: 'SKU-10004', from: 'B-01-1', to: 'A-01-2', qty: 1 });
    const res = await dev.push([op]);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied']);
    expect(res.body.lastSeq).toBe(op.seq);
    // It is committed: a resend is a duplicate, and another device pulls the change.
    server.store.notify = realNotify;
    const again = await dev.push([op]);
    expect(again.body.results.map((r) => r.status)).toEqual(['duplicate']);
    const rows = await server.store.db
      .selectFrom('op_log')
      .select('status')
      .where('op_id', '=', op.opId)
      .execute();
    expect(rows).toEqual([{ status: 'applied' }]);
    const before = reader.baseVersion;
    await reader.pullAll();
    expect(reader.baseVersion).toBeGreaterThan(before);
    expect(logged.some((l) => l.includes('notify after commit failed'))).toBe(true);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('an import, a console action and a user change keep their committed answers', async () => {
    const [exceptionId] = (await raiseOverBook(dev, 1)) as [string];
    failNotify();
    const csv = ['sku,description,unit_value,home_location', 'AC-1,After commit,10,'].join('\n');
    const imported = await admin.post<{ imported: number }>(
      '/api/admin/warehouses/WH1/items',
      csv,
      { 'content-type': 'text/csv' },
    );
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toBe(1);

    const acted = await sup.post<{ status: string }>(`${C}/exceptions/${exceptionId}/actions`, {
      action: 'acknowledge',
      reason: 'book was wrong',
    });
    expect(acted.status).toBe(200);
    expect(acted.body.status).toBe('resolved');

    const created = await admin.post<{ user: { username: string } }>('/api/admin/users', {
      username: 'after.commit',
      name: 'After Commit',
      password: 'a-long-first-secret',
      roles: ['picker'],
      warehouses: ['WH1'],
    });
    expect(created.status).toBe(201);

    const item = await server.store.db
      .selectFrom('items')
      .select('sku')
      .where('sku', '=', 'AC-1')
      .executeTakeFirst();
    expect(item).toEqual({ sku: 'AC-1' });
    const x = await server.store.db
      .selectFrom('exceptions')
      .select('status')
      .where('id', '=', exceptionId)
      .executeTakeFirstOrThrow();
    expect(x.status).toBe('resolved');
    server.store.notify = realNotify;
    await reader.pullAll();
    expect(reader.table('item').get('AC-1')).toMatchObject({ description: 'After commit' });
  });

  it.runIf(kind === 'sqlite')(
    'a version or device-report listener that throws does not turn the push into a 500',
    async () => {
      const off = server.store.onVersion(() => {
        throw new Error('stream torn down');
      });
      const offReport = onDeviceReport(() => {
        throw new Error('console stream torn down');
      });
      try {
        const res = await dev.push([
          dev.move({ sku: 'SKU-10004', from: 'A-01-2', to: 'B-01-1', qty: 1 }),
        ]);
        expect(res.status).toBe(200);
        expect(res.body.results.map((r) => r.status)).toEqual(['applied']);
      } finally {
        off();
        offReport();
      }
    },
  );
});
