// Resolving many exceptions with one reason, over real HTTP on each store: an action that posts
// no stock resolves each one, audited with the reason, and the book does not move; an action
// that would post a movement is refused per exception (it needs its own confirmation); an
// exception already resolved answers CONFLICT; no reason is 400; a picker's valid token gets 403
// and nothing changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { C, raiseOverBook } from '../helpers/console.ts';
import type { HttpClient } from '../helpers/http-client.ts';

interface Bulk {
  resolved: number;
  results: { id: string; ok: boolean; resolution?: string; code?: string }[];
}

describe.each(storeKinds())('bulk resolve on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let dev: SimDevice;
  const statusOf = async (id: string) =>
    (
      await server.store.db
        .selectFrom('exceptions')
        .select(['status', 'resolution', 'note'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;

  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
    await dev.pullAll();
  });
  afterAll(() => server.close());

  it('closes several with one reason, audited, without moving the book', async () => {
    const ids = await raiseOverBook(dev, 3, 'B-01-1');
    expect(ids).toHaveLength(3);
    const before = await stockOf(server.store, 'WH1', 'B-01-1', 'SKU-10001');
    const res = await sup.post<Bulk>(`${C}/exceptions/bulk`, {
      ids,
      action: 'acknowledge',
      reason: 'scanner test at B-01-1',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.resolved).toBe(3);
    expect(res.body.results.every((r) => r.ok && r.resolution === 'acknowledge')).toBe(true);
    for (const id of ids) expect(await statusOf(id)).toBe('resolved');
    expect(await stockOf(server.store, 'WH1', 'B-01-1', 'SKU-10001')).toBe(before);
    const audit = (
      await sup.get<{ audit: { action: string; target: string; reason: string }[] }>(`${C}/audit`)
    ).body.audit.filter((a) => ids.includes(a.target));
    expect(audit.map((a) => [a.action, a.reason])).toEqual(
      ids.map(() => ['acknowledge', 'scanner test at B-01-1']),
    );

    const again = await sup.post<Bulk>(`${C}/exceptions/bulk`, {
      ids: [ids[0]],
      action: 'acknowledge',
      reason: 'once more',
    });
    expect(again.body.results).toEqual([{ id: ids[0], ok: false, code: 'CONFLICT' }]);
  });

  it('refuses per exception an action that would post stock', async () => {
    const [id] = await raiseOverBook(dev, 1, 'B-01-2');
    expect(id).toBeDefined();
    const before = await stockOf(server.store, 'WH1', 'B-01-2', 'SKU-10001');
    const res = await sup.post<Bulk>(`${C}/exceptions/bulk`, {
      ids: [id, 'no-such-id'],
      action: 'correct-negative',
      reason: 'book was wrong',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      resolved: 0,
      results: [
        { id, ok: false, code: 'NEEDS_OWN_CONFIRM' },
        { id: 'no-such-id', ok: false, code: 'NOT_FOUND' },
      ],
    });
    expect(await statusOf(id!)).toBe('open');
    expect(await stockOf(server.store, 'WH1', 'B-01-2', 'SKU-10001')).toBe(before);
  });

  it('needs a reason; a picker gets 403 and nothing changes', async () => {
    const [id] = await raiseOverBook(dev, 1, 'B-01-1');
    expect(id).toBeDefined();
    const bare = await sup.post(`${C}/exceptions/bulk`, { ids: [id], action: 'acknowledge' });
    expect(bare.status).toBe(400);
    const picker = await server.as('picker');
    const res = await picker.post(`${C}/exceptions/bulk`, {
      ids: [id],
      action: 'acknowledge',
      reason: 'hostile picker',
    });
    expect(res.status).toBe(403);
    expect(await statusOf(id!)).toBe('open');
  });
});
