// Two pickers collide on one list offline (docs/picking.md K13), through real HTTP on each store:
// the units the loser picked that the lines still needed are a handover to the holder ("Give 1 ×
// SKU-10003 … to Pat Picker at packing"), the rest an over-pick to put back; the loser's
// completion is refused; the holder's completion does not make the list packable while goods are
// still in the loser's tote; the loser's confirmation closes the handover and completes the list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import { exceptionsOfKind, importPickList, pickListOf, pickOp } from '../helpers/picking.ts';

describe.each(storeKinds())('two pickers on one list on %s', (kind) => {
  let server: TestServer;
  let device: (username: string) => Promise<SimDevice>;
  const A = { sku: 'SKU-10001', location: 'A-01-1' };
  const B = { sku: 'SKU-10003', location: 'A-03-1' };
  const C = { sku: 'SKU-10002', location: 'A-02-1' };
  const results = (res: { body: { results: { status: string; code?: string }[] } }) =>
    res.body.results.map((r) => r.code ?? r.status);
  const threeLines = async (number: string) => {
    await importPickList(await server.as('admin'), {
      number,
      lines: [
        { ...A, qty: 2 },
        { ...B, qty: 2 },
        { ...C, qty: 1 },
      ],
    });
    return number;
  };
  const at = (list: string, line: number, spot: typeof A, qty: number) => ({
    list,
    line,
    ...spot,
    qty,
  });

  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async (username) =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  it('K13: the holder syncs first; the loser hands over what counted and puts back the rest', async () => {
    const list = await threeLines('PL-COL-A');
    const pat = await device('picker');
    const li = await device('picker2');
    // Pat holds the list and picked line 1 and half of line 2; Li Na, offline, picked it all.
    expect(
      results(
        await pat.push([
          pat.op('pick.claim', { list }),
          pickOp(pat, at(list, 1, A, 2)),
          pickOp(pat, at(list, 2, B, 1)),
        ]),
      ),
    ).toEqual(['applied', 'applied', 'applied']);
    const res = await li.push([
      li.op('pick.claim', { list }),
      pickOp(li, at(list, 1, A, 2)),
      pickOp(li, at(list, 2, B, 1)),
      pickOp(li, at(list, 2, B, 1)),
      pickOp(li, at(list, 3, C, 1)),
      li.op('pick.complete', { list }),
    ]);
    expect(results(res)).toEqual([
      'CONFLICT',
      'applied',
      'applied',
      'applied',
      'applied',
      'CONFLICT',
    ]);
    // The loser's completion is not accepted: the list stays Pat's, not complete.
    expect(res.body.results[5]!.message).toContain('Hand what you picked');
    expect(await pickListOf(server.store, list)).toMatchObject({
      status: 'claimed',
      claimed_by: pat.userId,
    });
    const hand = await exceptionsOfKind(server.store, 'handover', list);
    expect(hand).toHaveLength(1);
    expect(hand[0]!.device_id).toBe(li.deviceId);
    expect(hand[0]!.message).toContain(
      'Give 1 × SKU-10003, 1 × SKU-10002 to Pat Picker at packing',
    );
    expect(hand[0]!.said).toMatchObject({
      to: pat.userId,
      toName: 'Pat Picker',
      fromName: 'Li Na',
    });
    const over = await exceptionsOfKind(server.store, 'over-pick', list);
    expect(over.map((x) => [x.said['line'], x.said['extra']]).sort()).toEqual([
      [1, 2],
      [2, 1],
    ]);
    // Pat's phone finishes: every line is done, but 2 units are still in Li Na's tote.
    expect(results(await pat.push([pat.op('pick.complete', { list })]))).toEqual(['applied']);
    expect((await pickListOf(server.store, list)).status).toBe('claimed');
    // Both phones learn it: Li Na's sees her handover, Pat's the one coming to him.
    await li.pullAll();
    const seen = [...li.table('exception').values()] as { kind: string; status: string }[];
    expect(seen.filter((x) => x.kind === 'handover' && x.status === 'open')).toHaveLength(1);
    // Li Na confirms by scanning the list at packing: the list is complete, Pat's.
    expect(results(await li.push([li.op('pick.handover', { list })]))).toEqual(['applied']);
    expect(await pickListOf(server.store, list)).toMatchObject({
      status: 'complete',
      completed_by: pat.userId,
    });
    const closed = await server.store.db
      .selectFrom('exceptions')
      .select(['status', 'resolution'])
      .where('kind', '=', 'handover')
      .where('ref', '=', list)
      .execute();
    expect(closed).toEqual([{ status: 'resolved', resolution: 'handed-over' }]);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('K13: the loser syncs first; all it picked counts and is handed over, the holder’s late picks are extra', async () => {
    const list = await threeLines('PL-COL-B');
    const pat = await device('picker');
    const li = await device('picker2');
    await pat.push([pat.op('pick.claim', { list })]);
    const first = await li.push([
      li.op('pick.claim', { list }),
      pickOp(li, at(list, 1, A, 2)),
      pickOp(li, at(list, 2, B, 2)),
      pickOp(li, at(list, 3, C, 1)),
      li.op('pick.complete', { list }),
    ]);
    expect(results(first)).toEqual(['CONFLICT', 'applied', 'applied', 'applied', 'CONFLICT']);
    const hand = await exceptionsOfKind(server.store, 'handover', list);
    expect(hand.map((x) => x.message)).toEqual([
      expect.stringContaining('Give 2 × SKU-10001, 2 × SKU-10003, 1 × SKU-10002 to Pat Picker'),
    ]);
    // Pat's offline picks arrive: the lines were done, so his units go back on the shelf.
    const late = await pat.push([
      pickOp(pat, at(list, 1, A, 2)),
      pat.op('pick.complete', { list }),
    ]);
    expect(results(late)).toEqual(['applied', 'applied']);
    const over = await exceptionsOfKind(server.store, 'over-pick', list);
    expect(over.map((x) => [x.device_id, x.said['extra']])).toEqual([[pat.deviceId, 2]]);
    expect((await pickListOf(server.store, list)).status).toBe('claimed');
    // A handover confirmed twice (a retry from the scan) changes nothing the second time.
    const done = await li.push([
      li.op('pick.handover', { list }),
      li.op('pick.handover', { list }),
    ]);
    expect(results(done)).toEqual(['applied', 'applied']);
    expect((await pickListOf(server.store, list)).status).toBe('complete');
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('K13: a list with nothing to hand over completes as before; a handover for an unknown list is refused', async () => {
    const list = await threeLines('PL-COL-C');
    const pat = await device('picker');
    const res = await pat.push([
      pat.op('pick.claim', { list }),
      pickOp(pat, at(list, 1, A, 2)),
      pickOp(pat, at(list, 2, B, 2)),
      pickOp(pat, at(list, 3, C, 1)),
      pat.op('pick.complete', { list }),
      pat.op('pick.handover', { list: 'PL-NOPE' }),
    ]);
    expect(results(res)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'applied',
      'UNKNOWN_DOCUMENT',
    ]);
    expect((await pickListOf(server.store, list)).status).toBe('complete');
    expect(await exceptionsOfKind(server.store, 'handover', list)).toHaveLength(0);
  });
});
