// Pull rules P7, P8, P10, P12, P16 through real HTTP on each store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { feedState, userId } from '../helpers/server-state.ts';
import { mintEpoch } from '../../server/store/open.ts';

describe.each(storeKinds())('pull on %s', (kind) => {
  let server: TestServer;
  let device: (username?: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async (username = 'picker') =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  it('P12: a fresh device gets the whole warehouse as a paged snapshot with progress', async () => {
    const dev = await device();
    const pages = await dev.pullAll(100);
    expect(pages[0]!.reset).toBe(true);
    expect(pages.slice(1).every((p) => !p.reset)).toBe(true);
    const total = pages[0]!.snapshot!.total;
    expect(pages.filter((p) => p.snapshot).at(-1)!.snapshot!.done).toBe(total);
    expect(pages.slice(0, -1).every((p) => p.baseVersion === null || !p.hasMore)).toBe(true);
    expect(pages.at(-1)!.baseVersion).toBeGreaterThan(0);
    expect(dev.table('item').size).toBe(300);
    expect(dev.table('location').size).toBe(60);
    expect(dev.rows).toEqual(await feedState(server.store, 'WH1'));
  });

  it('P12: rows that change while a snapshot is being paged still arrive', async () => {
    const reader = await device();
    await reader.pullPage(50);
    const writer = await device();
    await writer.push([writer.move({ sku: 'SKU-10290', from: 'D-04-1', to: 'D-05-2', qty: 1 })]);
    await reader.pullAll(50);
    expect(reader.rows).toEqual(await feedState(server.store, 'WH1'));
  });

  it('P7/P10: incremental pages follow versions and never split one', async () => {
    const reader = await device();
    await reader.pullAll();
    const writer = await device();
    for (let i = 0; i < 6; i++) {
      // each push is one version with two stock rows; a page of 3 rows must end on a whole version
      await writer.push([writer.move({ sku: 'SKU-10012', from: 'B-06-1', to: 'C-01-2', qty: 1 })]);
    }
    const pages = await reader.pullAll(3);
    expect(pages.length).toBeGreaterThan(1);
    const rowsPerVersion = new Map<number, number>();
    for (const r of await server.store.db
      .selectFrom('sync_rows')
      .select('version')
      .where('warehouse_id', '=', 'WH1')
      .execute()) {
      rowsPerVersion.set(Number(r.version), (rowsPerVersion.get(Number(r.version)) ?? 0) + 1);
    }
    for (const p of pages) {
      for (const v of new Set(p.changes.map((c) => c.v))) {
        expect(p.changes.filter((c) => c.v === v)).toHaveLength(rowsPerVersion.get(v)!);
      }
    }
    const versions = pages.flatMap((p) => p.changes.map((c) => c.v));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(reader.rows).toEqual(await feedState(server.store, 'WH1'));
  });

  it('P10: one version larger than a page is sent whole', async () => {
    const reader = await device();
    await reader.pullAll();
    const admin = await server.as('admin');
    const rows = Array.from({ length: 12 }, (_, i) => ({
      code: `T-${i}`,
      zone: 'T',
      kind: 'storage',
      walkSeq: 9000 + i,
    }));
    expect((await admin.post('/api/admin/warehouses/WH1/locations', rows)).status).toBe(200);
    const page = (await reader.pullPage(5)).body;
    expect(page.changes).toHaveLength(12);
    expect(new Set(page.changes.map((c) => c.v)).size).toBe(1);
  });

  it('P8: a lost push answer costs nothing: pull carries lastSeq and the outcomes', async () => {
    const dev = await device();
    await dev.pullAll();
    const op = dev.move({ sku: 'SKU-10013', from: 'C-01-1', to: 'C-02-2', qty: 1 });
    const bad = dev.op('stock.teleport', {});
    await dev.push([op, bad]);
    const page = (await dev.pullPage()).body;
    expect(page.lastSeq).toBe(2);
    expect(page.results.map((r) => [r.seq, r.status])).toEqual([
      [1, 'applied'],
      [2, 'rejected'],
    ]);
    expect(page.results[0]!.version).toBeLessThanOrEqual(page.baseVersion!);
    const again = (await dev.pullPage()).body;
    expect(again.results).toEqual([]);
  });

  it('P12: a cursor from another epoch, or ahead of the server, starts a new snapshot', async () => {
    const dev = await device();
    await dev.pullAll();
    await mintEpoch(server.store);
    const page = (await dev.pullPage()).body;
    expect(page.reset).toBe(true);
    await dev.pullAll();
    await sql`update warehouses set version = version - 1 where id = 'WH1'`.execute(
      server.store.db,
    );
    expect((await dev.pullPage()).body.reset).toBe(true);
    await sql`update warehouses set version = version + 1 where id = 'WH1'`.execute(
      server.store.db,
    );
    dev.cursor = 'garbage';
    expect((await dev.pullPage()).body.reset).toBe(true);
  });

  it('P16: a device listening on SSE is poked with the new version after a commit', async () => {
    const listener = await device();
    const res = await fetch(
      `${server.url}/api/sync/events?warehouseId=WH1&deviceId=${listener.deviceId}&token=${listener.http.token}`,
    );
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) text += decoder.decode((await reader.read()).value);
    };
    await readUntil(/event: version/);
    const writer = await device();
    const pushed = await writer.push([
      writer.move({ sku: 'SKU-10014', from: 'C-02-1', to: 'C-03-2', qty: 1 }),
    ]);
    const version = pushed.body.results[0]!.version!;
    await readUntil(new RegExp(`"version":${version}`));
    expect(text).toContain(`"warehouseId":"WH1","version":${version}`);
    await reader.cancel();
  });
});
