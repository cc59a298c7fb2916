// The console's count tasks and op log over real HTTP on each store. A count task shows its
// progress and the variance a count and a recount left waiting for approval, with who counted
// by name; the op log lists who did what on which device with the outcome (a refused op with
// its code), filters by person, device, type and outcome, and pages with a total. A picker's
// valid token gets 403 from every one of these routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { bookAt, count, createTask, recountTasksAt } from '../helpers/counting.ts';
import { C } from '../helpers/console.ts';
import type { HttpClient } from '../helpers/http-client.ts';

interface Task {
  id: string;
  status: string;
  locations: number;
  counted: number;
  approval: number;
  recount: number;
  people: string[];
}
interface Op {
  opId: string;
  type: string;
  userName: string | null;
  deviceId: string;
  status: string;
  code: string | null;
  exceptions: number;
  about: { sku?: string; location?: string; to?: string; qty?: number; document?: string };
}
interface OpPage {
  total: number;
  offset: number;
  ops: Op[];
  types: string[];
}

describe.each(storeKinds())('console count tasks and op log on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let mover: SimDevice;
  let pickerId: string;
  const device = async (username: string) => {
    const dev = new SimDevice(
      await server.as(username),
      'WH1',
      await userId(server.store, username),
    );
    await dev.pullAll();
    return dev;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
    pickerId = await userId(server.store, 'picker');
    const made = await createTask(sup, { id: 'CT-D1', locations: ['C-04-1', 'C-06-2'] });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const book = await bookAt(server.store, 'C-04-1');
    const [first, ...rest] = book;
    const off = [{ ...first!, qty: first!.qty - 3 }, ...rest];
    const chen = await device('counter');
    await chen.push([count(chen, 'CT-D1', 'C-04-1', off)]);
    const [rc] = await recountTasksAt(server.store, 'C-04-1');
    const li = await device('picker2');
    await li.push([count(li, rc!.id, 'C-04-1', off)]);

    mover = await device('picker');
    const res = await mover.push([
      mover.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
      mover.move({ sku: 'SKU-10001', from: 'A-01-2', to: 'A-01-1', qty: 1 }),
      mover.move({ sku: 'NO-SUCH-SKU', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
  });
  afterAll(() => server.close());

  it('count tasks: progress, who counted, the variance waiting for approval', async () => {
    const open = (await sup.get<{ tasks: Task[] }>(`${C}/count-tasks`)).body.tasks;
    expect(open.find((t) => t.id === 'CT-D1')).toMatchObject({
      status: 'open',
      locations: 2,
      counted: 1,
      approval: 1,
      recount: 0,
      people: ['Chen Counter'],
    });
    const d = (
      await sup.get<{
        locations: { location: string; status: string; countedBy: string | null }[];
        variances: {
          location: string;
          status: string;
          countedBy: string;
          recountBy: string;
          exceptionId: string | null;
          lines: { delta: number }[];
        }[];
      }>(`${C}/count-tasks/CT-D1`)
    ).body;
    expect(d.locations).toContainEqual({
      location: 'C-04-1',
      status: 'counted',
      countedBy: 'Chen Counter',
      countedAt: expect.any(Number) as unknown,
    });
    expect(d.locations.find((l) => l.location === 'C-06-2')?.status).toBe('pending');
    expect(d.variances).toEqual([
      expect.objectContaining({
        location: 'C-04-1',
        status: 'approval',
        countedBy: 'Chen Counter',
        recountBy: 'Li Na',
        exceptionId: expect.any(String) as unknown,
      }),
    ]);
    expect(d.variances[0]!.lines.some((l) => l.delta === -3)).toBe(true);
    expect((await sup.get(`${C}/count-tasks/NO-SUCH`)).status).toBe(404);
    const done = (await sup.get<{ tasks: Task[] }>(`${C}/count-tasks?status=done`)).body.tasks;
    expect(done.find((t) => t.id === 'CT-D1')).toBeUndefined();
  });

  it('op log: who did what, the outcome and what it was about, newest first', async () => {
    const page = (await sup.get<OpPage>(`${C}/ops?userId=${pickerId}`)).body;
    expect(page.total).toBe(3);
    expect(page.ops.map((o) => [o.type, o.status, o.code])).toEqual([
      ['stock.move', 'rejected', expect.any(String)],
      ['stock.move', 'applied', null],
      ['stock.move', 'applied', null],
    ]);
    expect(page.ops[2]).toMatchObject({
      userName: 'Pat Picker',
      deviceId: mover.deviceId,
      about: { sku: 'SKU-10001', location: 'A-01-1', to: 'A-01-2', qty: 1 },
    });
    expect(page.types).toEqual(expect.arrayContaining(['count.location', 'stock.move']));
  });

  it('op log filters by device, type and outcome and pages with a total', async () => {
    const rejected = (await sup.get<OpPage>(`${C}/ops?status=rejected`)).body;
    expect(rejected.ops.map((o) => o.about.sku)).toEqual(['NO-SUCH-SKU']);
    const counts = (await sup.get<OpPage>(`${C}/ops?type=count.location`)).body;
    expect(counts.total).toBe(2);
    expect(counts.ops.map((o) => o.userName).sort()).toEqual(['Chen Counter', 'Li Na']);
    const byDevice = (await sup.get<OpPage>(`${C}/ops?deviceId=${mover.deviceId}`)).body;
    expect(byDevice.total).toBe(3);
    const first = (await sup.get<OpPage>(`${C}/ops?limit=2`)).body;
    const second = (await sup.get<OpPage>(`${C}/ops?limit=2&offset=2`)).body;
    expect(first.total).toBe(5);
    expect(first.ops).toHaveLength(2);
    expect(second.ops).toHaveLength(2);
    expect(second.offset).toBe(2);
    const ids = [...first.ops, ...second.ops].map((o) => o.opId);
    expect(new Set(ids).size).toBe(4);
    const future = (await sup.get<OpPage>(`${C}/ops?from=${Date.now() + 60_000}`)).body;
    expect(future).toMatchObject({ total: 0, ops: [] });
  });

  it('a picker with a valid token gets 403 from count tasks and the op log', async () => {
    const picker = await server.as('picker');
    for (const path of ['/count-tasks', '/count-tasks/CT-D1', '/ops', `/ops?userId=${pickerId}`]) {
      const res = await picker.get<{ ops?: unknown; tasks?: unknown }>(`${C}${path}`);
      expect(res.status, path).toBe(403);
      expect(res.body.ops ?? res.body.tasks).toBeUndefined();
    }
  });
});
