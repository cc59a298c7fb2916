// Stock that moves during a count (C4) through real HTTP on each store, in both orders: the
// count is never posted as a variance, the location is flagged and a recount requested. Also
// ad-hoc counts, "location empty", and counting a flagged location clears its flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  bookAt,
  count,
  createTask,
  movementsOfKind,
  openFlags,
  recountTasksAt,
  variancesAt,
} from '../helpers/counting.ts';

describe.each(storeKinds())('stock moving during a count on %s', (kind) => {
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

  /** The physical shelf after `taken` of its first item went: what an honest counter finds. */
  const shelfAfter = async (location: string, taken: number) => {
    const [first, ...rest] = await bookAt(server.store, location);
    return {
      sku: first!.sku,
      before: first!.qty,
      lines: [{ ...first!, qty: first!.qty - taken }, ...rest],
    };
  };

  it('C4: the move reaches the server first → no variance, flagged, a recount requested', async () => {
    await createTask(supervisor, { id: 'CT-M1', locations: ['C-01-1'] });
    const counter = await device('counter');
    const picker = await device('picker');
    const shelf = await shelfAfter('C-01-1', 2);
    const move = picker.move({ sku: shelf.sku, from: 'C-01-1', to: 'OUT-1', qty: 2 });
    expect((await picker.push([move])).body.results[0]!.status).toBe('applied');
    const res = await counter.push([count(counter, 'CT-M1', 'C-01-1', shelf.lines)]);
    expect(res.body.results[0]!.status).toBe('applied');
    expect(await variancesAt(server.store, 'C-01-1')).toEqual([]);
    expect(await movementsOfKind(server.store, 'C-01-1', 'count')).toEqual([]);
    expect(await stockOf(server.store, 'WH1', 'C-01-1', shelf.sku)).toBe(shelf.before - 2);
    expect(await openFlags(server.store, 'C-01-1')).toEqual(['count-moved']);
    const [rc] = await recountTasksAt(server.store, 'C-01-1');
    expect(rc).toMatchObject({ recount_of: null, not_by: '[]' });
    await counter.pullAll();
    expect(counter.table('countTaskLocation').get('CT-M1|C-01-1')).toMatchObject({
      status: 'moved',
    });
    expect([...counter.table('locationFlag').values()]).toEqual([
      expect.objectContaining({ location: 'C-01-1', reason: 'count-moved' }),
    ]);

    // The recount, with a fresh picture, agrees with the book and clears the flag.
    const recount = await counter.push([count(counter, rc!.id, 'C-01-1', shelf.lines)]);
    expect(recount.body.results[0]!.status).toBe('applied');
    expect(await openFlags(server.store, 'C-01-1')).toEqual([]);
    expect(await variancesAt(server.store, 'C-01-1')).toEqual([]);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('C4: the count reaches the server first → its variance is set aside when the move arrives', async () => {
    const counter = await device('counter');
    const picker = await device('picker');
    const shelf = await shelfAfter('C-02-1', 3);
    const counted = await counter.push([count(counter, null, 'C-02-1', shelf.lines)]);
    expect(counted.body.results[0]!.status).toBe('applied');
    const [v] = await variancesAt(server.store, 'C-02-1');
    expect(v).toMatchObject({ status: 'recount' });
    // The picker took the 3 before the counter looked, offline, with an older picture.
    const move = picker.move({ sku: shelf.sku, from: 'C-02-1', to: 'OUT-1', qty: 3 });
    expect((await picker.push([move])).body.results[0]!.status).toBe('applied');
    expect((await variancesAt(server.store, 'C-02-1'))[0]).toMatchObject({ status: 'superseded' });
    expect(await openFlags(server.store, 'C-02-1')).toEqual(['count-moved']);
    expect(await stockOf(server.store, 'WH1', 'C-02-1', shelf.sku)).toBe(shelf.before - 3);
    expect(await movementsOfKind(server.store, 'C-02-1', 'count')).toEqual([]);
    const tasks = await recountTasksAt(server.store, 'C-02-1');
    expect(tasks).toHaveLength(1);

    // The recount (by someone else, the task still names the first counter) finds the truth.
    const li = await device('picker2');
    const recount = await li.push([count(li, tasks[0]!.id, 'C-02-1', shelf.lines)]);
    expect(recount.body.results[0]!.status).toBe('applied');
    expect(await variancesAt(server.store, 'C-02-1')).toHaveLength(1);
    expect(await openFlags(server.store, 'C-02-1')).toEqual([]);
    expect(await stockOf(server.store, 'WH1', 'C-02-1', shelf.sku)).toBe(shelf.before - 3);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('C4: a posting within tolerance is taken back when a concurrent move arrives', async () => {
    await createTask(supervisor, {
      id: 'CT-M3',
      locations: ['C-03-1'],
      tolerance: { kind: 'qty', value: 5 },
    });
    const counter = await device('counter');
    const picker = await device('picker');
    const shelf = await shelfAfter('C-03-1', 1);
    await counter.push([count(counter, 'CT-M3', 'C-03-1', shelf.lines)]);
    expect(await stockOf(server.store, 'WH1', 'C-03-1', shelf.sku)).toBe(shelf.before - 1);
    await picker.push([picker.move({ sku: shelf.sku, from: 'C-03-1', to: 'OUT-1', qty: 1 })]);
    expect(await stockOf(server.store, 'WH1', 'C-03-1', shelf.sku)).toBe(shelf.before - 1);
    expect(
      (await movementsOfKind(server.store, 'C-03-1', 'count-reversal')).map((m) => Number(m.delta)),
    ).toEqual([1]);
    expect((await variancesAt(server.store, 'C-03-1'))[0]).toMatchObject({ status: 'superseded' });
    expect(await recountTasksAt(server.store, 'C-03-1')).toHaveLength(1);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('C4: the device\'s own earlier moves are part of its picture; "location empty" and ad-hoc counts', async () => {
    const counter = await device('supervisor');
    const book = await bookAt(server.store, 'D-02-1');
    // Empty the shelf by moves, then count it empty, all offline in one batch.
    const moves = book.map((b) => counter.move({ ...b, from: 'D-02-1', to: 'R-01' }));
    const res = await counter.push([...moves, count(counter, null, 'D-02-1', [])]);
    expect(res.body.results.map((r) => r.status)).toEqual(res.body.results.map(() => 'applied'));
    expect(await variancesAt(server.store, 'D-02-1')).toEqual([]);
    expect(await openFlags(server.store, 'D-02-1')).toEqual([]);
    expect(await recountTasksAt(server.store, 'D-02-1')).toEqual([]);
  });

  it('C9: a flagged location goes into a task of flagged locations, and counting it clears the flag', async () => {
    const picker = await device('picker');
    const counter = await device('counter');
    const shelf = await shelfAfter('D-03-1', 1);
    const stale = await device('counter');
    await picker.push([picker.move({ sku: shelf.sku, from: 'D-03-1', to: 'OUT-1', qty: 1 })]);
    await stale.push([count(stale, null, 'D-03-1', shelf.lines)]);
    expect(await openFlags(server.store, 'D-03-1')).toEqual(['count-moved']);
    const task = await createTask(supervisor, { id: 'CT-FLAG', flagged: true });
    expect(task.status).toBe(200);
    await counter.pullAll();
    const res = await counter.push([count(counter, 'CT-FLAG', 'D-03-1', shelf.lines)]);
    expect(res.body.results[0]!.status).toBe('applied');
    expect(await openFlags(server.store, 'D-03-1')).toEqual([]);
    await counter.pullAll();
    expect(
      [...counter.table('locationFlag').values()].some(
        (f) => (f as { location: string }).location === 'D-03-1',
      ),
    ).toBe(false);
  });
});
