// Counting through real HTTP on each store: who may count and decide (C7), tolerance posting
// (C3), the recount by a different counter and the supervisor's decision (C5, C8), and the audit
// trail of an adjustment: who counted, who recounted, who approved, when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  bookAt,
  count,
  createTask,
  movementsOfKind,
  recountTasksAt,
  sup,
  variancesAt,
} from '../helpers/counting.ts';

describe.each(storeKinds())('counting and approval on %s', (kind) => {
  let server: TestServer;
  let supervisor: HttpClient;
  let device: (username: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    supervisor = await server.as('supervisor');
    device = async (username) => {
      const dev = new SimDevice(
        await server.as(username),
        'WH1',
        await userId(server.store, username),
      );
      await dev.pullAll();
      return dev;
    };
  });
  afterAll(() => server.close());

  /** The book of a location with one item's count changed by `delta`. */
  const countedWith = async (location: string, delta: number) => {
    const book = await bookAt(server.store, location);
    const [first, ...rest] = book;
    return {
      sku: first!.sku,
      before: first!.qty,
      lines: [{ ...first!, qty: first!.qty + delta }, ...rest],
    };
  };

  it('C7/P5: only counters, supervisors and admins count (bad counts are rejected); only supervisors and admins plan and decide', async () => {
    const picker = await device('picker');
    const res = await picker.push([count(picker, null, 'C-01-1', [])]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'ROLE_NOT_ALLOWED' });
    const counter = await device('counter');
    const bad = await counter.push([
      count(counter, 'NOPE-1', 'C-01-1', []),
      count(counter, null, 'NOWHERE', []),
      count(counter, null, 'C-01-1', [{ sku: 'SKU-99999', qty: 1 }]),
      counter.op('count.location', { task: null, location: 'C-01-1', lines: [], empty: false }),
    ]);
    expect(bad.body.results.map((r) => r.code)).toEqual([
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_LOCATION',
      'UNKNOWN_ITEM',
      'OP_MALFORMED',
    ]);
    for (const who of ['counter', 'picker', 'receiver']) {
      const client = await server.as(who);
      expect((await createTask(client, { aisle: 'C' })).status).toBe(403);
      expect((await client.get(`${sup()}/count-variances`)).status).toBe(403);
      const decide = await client.post(`${sup()}/count-variances/x/approve`, {});
      expect(decide.body).toMatchObject({ error: { code: 'FORBIDDEN' } });
    }
    const north = await server.as('north');
    expect((await north.get(`${sup()}/count-tasks`)).status).toBe(403);
  });

  it('C9: tasks from an aisle, a zone, a list or the flagged locations; bad scopes are refused', async () => {
    const aisle = await createTask(supervisor, {
      aisle: 'D',
      assignedTo: 'counter',
      dueDate: '2026-12-01',
    });
    expect(aisle.status).toBe(200);
    expect(aisle.body.locations).toBe(12);
    expect((await createTask(supervisor, { zone: 'R' })).body.locations).toBe(6);
    const list = await createTask(supervisor, { id: 'CT-LIST', locations: ['C-02-1', 'C-01-1'] });
    expect(list.body).toMatchObject({ id: 'CT-LIST', locations: 2 });
    expect((await createTask(supervisor, { id: 'CT-LIST', aisle: 'C' })).status).toBe(409);
    expect((await createTask(supervisor, { aisle: 'C', zone: 'C' })).status).toBe(400);
    const unknown = await createTask(supervisor, { locations: ['C-01-1', 'NOPE-1'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ error: { code: 'UNKNOWN_LOCATION' } });
    expect((await createTask(supervisor, { aisle: 'C', assignedTo: 'receiver' })).status).toBe(400);
    expect((await createTask(supervisor, { flagged: true })).status).toBe(422);

    const dev = await device('counter');
    const task = dev.table('countTask').get(aisle.body.id) as {
      blind: boolean;
      assignedTo: string;
    };
    expect(task).toMatchObject({ blind: true, assignedTo: await userId(server.store, 'counter') });
    const locs = [...dev.table('countTaskLocation').values()] as { task: string }[];
    expect(locs.filter((l) => l.task === aisle.body.id)).toHaveLength(12);
    const listed = await supervisor.get<{ tasks: { id: string; counted: number }[] }>(
      `${sup()}/count-tasks`,
    );
    expect(listed.body.tasks.find((t) => t.id === 'CT-0001')).toMatchObject({ counted: 0 });
  });

  it('C3: a variance within the task tolerance is posted at once, with its reason', async () => {
    await createTask(supervisor, {
      id: 'CT-TOL',
      locations: ['C-03-1'],
      tolerance: { kind: 'qty', value: 2 },
    });
    const dev = await device('counter');
    const c = await countedWith('C-03-1', -2);
    const res = await dev.push([count(dev, 'CT-TOL', 'C-03-1', c.lines)]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await stockOf(server.store, 'WH1', 'C-03-1', c.sku)).toBe(c.before - 2);
    const [m] = await movementsOfKind(server.store, 'C-03-1', 'count');
    expect(m).toMatchObject({ delta: -2, op_id: res.body.results[0]!.opId });
    expect(m!.reason).toContain('within tolerance');
    expect((await variancesAt(server.store, 'C-03-1'))[0]).toMatchObject({ status: 'posted' });
    await dev.pullAll();
    expect(dev.table('countTask').get('CT-TOL')).toMatchObject({ status: 'done' });
  });

  it('C5/C8: above tolerance → recount by a different counter → supervisor approves; audit trail', async () => {
    await createTask(supervisor, { id: 'CT-APP', locations: ['C-04-1'] });
    const chen = await device('counter');
    const li = await device('picker2');
    const c = await countedWith('C-04-1', -3);
    const first = await chen.push([count(chen, 'CT-APP', 'C-04-1', c.lines)]);
    expect(first.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await stockOf(server.store, 'WH1', 'C-04-1', c.sku)).toBe(c.before);
    const [v] = await variancesAt(server.store, 'C-04-1');
    expect(v).toMatchObject({ status: 'recount', lines: [{ sku: c.sku, delta: -3 }] });
    const [rc] = await recountTasksAt(server.store, 'C-04-1');
    expect(rc).toMatchObject({ recount_of: v!.id });
    expect(JSON.parse(rc!.not_by)).toEqual([await userId(server.store, 'counter')]);

    // The first counter may not recount it.
    await chen.pullAll();
    const again = await chen.push([count(chen, rc!.id, 'C-04-1', c.lines)]);
    expect(again.body.results[0]).toMatchObject({ status: 'rejected', code: 'ROLE_NOT_ALLOWED' });

    await li.pullAll();
    const recount = await li.push([count(li, rc!.id, 'C-04-1', c.lines)]);
    const raised = recount.body.results[0]!.exceptions!;
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ kind: 'count-variance' });
    const x = await server.store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', raised[0]!.id)
      .executeTakeFirstOrThrow();
    expect(x).toMatchObject({ ref: v!.id, status: 'open' });
    expect((await variancesAt(server.store, 'C-04-1'))[0]).toMatchObject({ status: 'approval' });
    expect(await stockOf(server.store, 'WH1', 'C-04-1', c.sku)).toBe(c.before);

    const counter = await server.as('counter');
    expect((await counter.post(`${sup()}/count-variances/${v!.id}/approve`, {})).status).toBe(403);
    const ok = await supervisor.post<{ movements: number; variance: Record<string, unknown> }>(
      `${sup()}/count-variances/${v!.id}/approve`,
      { reason: 'Breakage found' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.movements).toBe(1);
    expect(await stockOf(server.store, 'WH1', 'C-04-1', c.sku)).toBe(c.before - 3);
    expect((await supervisor.post(`${sup()}/count-variances/${v!.id}/approve`, {})).status).toBe(
      409,
    );
    const resolved = await server.store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', x.id)
      .executeTakeFirstOrThrow();
    expect(resolved).toMatchObject({ status: 'resolved', resolution: 'approved' });

    const audit = await supervisor.get<Record<string, unknown>>(
      `${sup()}/count-variances/${v!.id}`,
    );
    const sam = await userId(server.store, 'supervisor');
    expect(audit.body).toMatchObject({
      status: 'approved',
      counted: { by: { name: 'Chen Counter' }, opId: first.body.results[0]!.opId },
      recounted: { by: { name: 'Li Na' }, opId: recount.body.results[0]!.opId },
      decided: { by: { id: sam, name: 'Sam Supervisor' }, reason: 'Breakage found' },
      movements: [{ kind: 'count', sku: c.sku, delta: -3, approvedBy: { id: sam } }],
    });
    const view = audit.body as {
      counted: { at: number };
      recounted: { at: number };
      decided: { at: number };
    };
    expect(view.counted.at).toBeLessThanOrEqual(view.recounted.at);
    expect(view.recounted.at).toBeLessThanOrEqual(view.decided.at);
    const [m] = await movementsOfKind(server.store, 'C-04-1', 'count');
    expect(m).toMatchObject({ approved_by: sam, delta: -3 });
    expect(m!.reason).toContain('Breakage found');
  });

  it('C8: a recount that agrees with the book resolves the variance; reject needs a reason', async () => {
    await createTask(supervisor, { id: 'CT-REJ', locations: ['C-05-1', 'C-06-1'] });
    const chen = await device('counter');
    const li = await device('picker2');
    const a = await countedWith('C-05-1', 4);
    const b = await countedWith('C-06-1', 5);
    await chen.push([
      count(chen, 'CT-REJ', 'C-05-1', a.lines),
      count(chen, 'CT-REJ', 'C-06-1', b.lines),
    ]);
    const [va] = await variancesAt(server.store, 'C-05-1');
    const [vb] = await variancesAt(server.store, 'C-06-1');
    await li.pullAll();
    const [ra] = await recountTasksAt(server.store, 'C-05-1');
    const [rb] = await recountTasksAt(server.store, 'C-06-1');
    const book = await bookAt(server.store, 'C-05-1');
    await li.push([count(li, ra!.id, 'C-05-1', book), count(li, rb!.id, 'C-06-1', b.lines)]);
    expect((await variancesAt(server.store, 'C-05-1'))[0]).toMatchObject({
      id: va!.id,
      status: 'resolved',
    });
    expect(await stockOf(server.store, 'WH1', 'C-05-1', a.sku)).toBe(a.before);

    const noReason = await supervisor.post(`${sup()}/count-variances/${vb!.id}/reject`, {});
    expect(noReason.status).toBe(400);
    const rejected = await supervisor.post(`${sup()}/count-variances/${vb!.id}/reject`, {
      reason: 'Mislabelled cases',
    });
    expect(rejected.status).toBe(200);
    expect(await stockOf(server.store, 'WH1', 'C-06-1', b.sku)).toBe(b.before);
    expect((await variancesAt(server.store, 'C-06-1'))[0]).toMatchObject({ status: 'rejected' });
    expect((await supervisor.post(`${sup()}/count-variances/nope/approve`, {})).status).toBe(404);
  });

  it('C8: a supervisor asks for another recount, by someone who has not counted it', async () => {
    await createTask(supervisor, { id: 'CT-RRC', locations: ['D-01-1'] });
    const chen = await device('counter');
    const li = await device('picker2');
    const c = await countedWith('D-01-1', 1);
    await chen.push([count(chen, 'CT-RRC', 'D-01-1', c.lines)]);
    const [v] = await variancesAt(server.store, 'D-01-1');
    const [rc] = await recountTasksAt(server.store, 'D-01-1');
    await li.pullAll();
    await li.push([count(li, rc!.id, 'D-01-1', c.lines)]);
    const res = await supervisor.post<{ recountTask: string }>(
      `${sup()}/count-variances/${v!.id}/recount`,
      {},
    );
    expect(res.status).toBe(200);
    const [next] = await recountTasksAt(server.store, 'D-01-1');
    expect(next!.id).toBe(res.body.recountTask);
    expect(JSON.parse(next!.not_by)).toEqual(
      expect.arrayContaining([
        await userId(server.store, 'counter'),
        await userId(server.store, 'picker2'),
      ]),
    );
    expect((await variancesAt(server.store, 'D-01-1'))[0]).toMatchObject({ status: 'recount' });
  });
});
