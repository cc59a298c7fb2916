// Count variances decided from the console through real HTTP on each store: post-adjustment
// posts the counted difference (book stock changes once, approver on the movement), keep-book
// keeps the book and the reason, recount makes a new task by someone else; each is audited and
// resolves the exception.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { bookAt, count, createTask, recountTasksAt, variancesAt } from '../helpers/counting.ts';
import { C } from '../helpers/console.ts';

describe.each(storeKinds())('console decides count variances on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let device: (username: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
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

  /** Counts `location` off by `delta` twice (count and recount): a variance waiting for approval. */
  const varianceAt = async (task: string, location: string, delta: number) => {
    await createTask(sup, { id: task, locations: [location] });
    const book = await bookAt(server.store, location);
    const [first, ...rest] = book;
    const lines = [{ ...first!, qty: first!.qty + delta }, ...rest];
    const chen = await device('counter');
    await chen.push([count(chen, task, location, lines)]);
    const [rc] = await recountTasksAt(server.store, location);
    const li = await device('picker2');
    const res = await li.push([count(li, rc!.id, location, lines)]);
    const x = res.body.results[0]!.exceptions![0]!;
    return { exceptionId: x.id, sku: first!.sku, before: first!.qty };
  };

  it('the queue shows the variance as approvable; post-adjustment changes book stock once and is audited', async () => {
    const v = await varianceAt('CT-C1', 'C-04-1', -3);
    const list = await sup.get<{ exceptions: { id: string; approvable: boolean }[] }>(
      `${C}/exceptions?kind=count-variance`,
    );
    expect(list.body.exceptions).toContainEqual(
      expect.objectContaining({ id: v.exceptionId, approvable: true }),
    );
    const res = await sup.post<{ resolution: string; changed: { movements: number } }>(
      `${C}/exceptions/${v.exceptionId}/actions`,
      { action: 'post-adjustment', reason: 'breakage found' },
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resolution: 'post-adjustment', changed: { movements: 1 } });
    expect(await stockOf(server.store, 'WH1', 'C-04-1', v.sku)).toBe(v.before - 3);
    expect((await variancesAt(server.store, 'C-04-1'))[0]).toMatchObject({ status: 'approved' });
    const again = await sup.post(`${C}/exceptions/${v.exceptionId}/actions`, {
      action: 'post-adjustment',
    });
    expect(again.status).toBe(409);
    expect(await stockOf(server.store, 'WH1', 'C-04-1', v.sku)).toBe(v.before - 3);
    const detail = await sup.get<{
      exception: { status: string };
      audit: { action: string; by: string; reason: string }[];
    }>(`${C}/exceptions/${v.exceptionId}`);
    expect(detail.body.exception.status).toBe('resolved');
    expect(detail.body.audit).toEqual([
      expect.objectContaining({
        action: 'post-adjustment',
        by: await userId(server.store, 'supervisor'),
        reason: 'breakage found',
      }),
    ]);
  });

  it('keep-book keeps the book and the reason; recount makes a new task; a counter may not decide', async () => {
    const a = await varianceAt('CT-C2', 'C-05-1', 4);
    const counter = await server.as('counter');
    expect(
      (
        await counter.post(`${C}/exceptions/${a.exceptionId}/actions`, {
          action: 'post-adjustment',
        })
      ).status,
    ).toBe(403);
    const rej = await sup.post(`${C}/exceptions/${a.exceptionId}/actions`, {
      action: 'keep-book',
      reason: 'mislabelled cases',
    });
    expect(rej.status).toBe(200);
    expect(await stockOf(server.store, 'WH1', 'C-05-1', a.sku)).toBe(a.before);
    expect((await variancesAt(server.store, 'C-05-1'))[0]).toMatchObject({ status: 'rejected' });

    const b = await varianceAt('CT-C3', 'C-06-1', -1);
    const before = (await recountTasksAt(server.store, 'C-06-1')).length;
    const rc = await sup.post<{ changed: { recountTask: string } }>(
      `${C}/exceptions/${b.exceptionId}/actions`,
      {
        action: 'recount',
      },
    );
    expect(rc.status).toBe(200);
    expect(rc.body.changed.recountTask).toBeTruthy();
    expect((await recountTasksAt(server.store, 'C-06-1')).length).toBe(before + 1);
    expect(await stockOf(server.store, 'WH1', 'C-06-1', b.sku)).toBe(b.before);
  });

  it('count-results.csv has each counted item with book, difference, outcome and decision', async () => {
    const res = await sup.request<string>('GET', `${C}/exports/count-results.csv`);
    expect(res.status).toBe(200);
    const rows = parse<Record<string, string>>(res.body, { columns: true, bom: true });
    const approved = rows.filter((r) => r['location'] === 'C-04-1' && r['delta'] === '-3');
    expect(approved.length).toBe(2); // the count and the recount
    expect(approved[0]).toMatchObject({
      variance_status: 'approved',
      decided_by: 'Sam Supervisor',
    });
    expect(
      rows.some((r) => r['location'] === 'C-05-1' && r['decision_reason'] === 'mislabelled cases'),
    ).toBe(true);
  });

  it('progress lists open count tasks with what is counted and who counted', async () => {
    const made = await createTask(sup, { id: 'CT-PROG', locations: ['C-06-2', 'C-03-2'] });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const chen = await device('counter');
    const book = await bookAt(server.store, 'C-06-2');
    await chen.push([count(chen, 'CT-PROG', 'C-06-2', book)]);
    const p = await sup.get<{
      countTasks: { number: string; done: number; total: number; people: string[] }[];
    }>(`${C}/progress`);
    expect(p.body.countTasks.find((t) => t.number === 'CT-PROG')).toMatchObject({
      done: 1,
      total: 2,
      people: ['Chen Counter'],
    });
  });
});
