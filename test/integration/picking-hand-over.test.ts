// Pick lists never get stuck (docs/picking.md K8–K10), through real HTTP on each store: the same
// picker takes their list over on a new phone; a picker releases their own list (picks stay);
// a supervisor releases or reassigns a list from the console while its phone is lost, and the
// lost phone's offline picks count once when they arrive, the extra raised as an over-pick; a
// picker releasing or handing over someone else's list is refused with a code; deferred lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  exceptionsOfKind,
  importPickList,
  pickLineOf,
  pickListOf,
  pickOp,
} from '../helpers/picking.ts';

interface ConsoleList {
  number: string;
  holderName: string | null;
  claimedDevice: string | null;
  claimedAt: number | null;
  releasedName: string | null;
  picked: number;
  units: number;
  linesDone: number;
  lines: number;
  deferred: number;
  pickers: { deviceId: string; userName: string; units: number }[];
}

describe.each(storeKinds())('pick lists hand over on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let supervisor: HttpClient;
  let device: (username?: string) => Promise<SimDevice>;
  const A = { sku: 'SKU-10001', location: 'A-01-1' };
  const B = { sku: 'SKU-10003', location: 'A-03-1' };
  const results = (res: { body: { results: { status: string; code?: string }[] } }) =>
    res.body.results.map((r) => r.code ?? r.status);
  const act = (list: string, body: unknown, as = supervisor) =>
    as.post<{
      list: { claimedBy: string | null; assignedTo: string | null };
      error?: { code: string };
    }>(`/api/supervisor/warehouses/WH1/pick-lists/${list}/actions`, body);
  const consoleRow = async (list: string) => {
    const res = await supervisor.get<{ lists: ConsoleList[] }>(
      '/api/supervisor/warehouses/WH1/pick-lists',
    );
    expect(res.status).toBe(200);
    return res.body.lists.find((l) => l.number === list);
  };
  const twoLines = (number: string, assignedTo?: string) =>
    importPickList(admin, {
      number,
      assignedTo,
      lines: [
        { ...A, qty: 2 },
        { ...B, qty: 1 },
      ],
    });

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    supervisor = await server.as('supervisor');
    device = async (username = 'picker') =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  it('K8: the same picker takes their own list over on a new phone; the old phone’s picks still count', async () => {
    await twoLines('PL-HO-TAKE');
    const old = await device();
    const fresh = await device();
    expect(results(await old.push([old.op('pick.claim', { list: 'PL-HO-TAKE' })]))).toEqual([
      'applied',
    ]);
    const take = await fresh.push([fresh.op('pick.claim', { list: 'PL-HO-TAKE' })]);
    expect(results(take)).toEqual(['applied']);
    expect((await pickListOf(server.store, 'PL-HO-TAKE')).claimed_device).toBe(fresh.deviceId);
    // The old phone comes back with a pick it made before the takeover, and tries to close out.
    const late = await old.push([
      pickOp(old, { list: 'PL-HO-TAKE', line: 1, ...A, qty: 1 }),
      old.op('pick.short', { list: 'PL-HO-TAKE', line: 2, ...B, reason: 'empty' }),
      old.op('pick.release', { list: 'PL-HO-TAKE' }),
    ]);
    expect(results(late)).toEqual(['applied', 'CONFLICT', 'applied']);
    // The late release from the old phone changed nothing: the new phone still holds the list.
    expect((await pickListOf(server.store, 'PL-HO-TAKE')).claimed_device).toBe(fresh.deviceId);
    expect(await pickLineOf(server.store, 'PL-HO-TAKE', 1)).toMatchObject({ picked: 1 });
    const done = await fresh.push([
      pickOp(fresh, { list: 'PL-HO-TAKE', line: 1, ...A, qty: 1 }),
      pickOp(fresh, { list: 'PL-HO-TAKE', line: 2, ...B, qty: 1 }),
      fresh.op('pick.complete', { list: 'PL-HO-TAKE' }),
    ]);
    expect(results(done)).toEqual(['applied', 'applied', 'applied']);
    expect((await pickListOf(server.store, 'PL-HO-TAKE')).status).toBe('complete');
  });

  it('K9: a picker releases their own list; what they picked stays picked, the rest is open to anyone', async () => {
    await twoLines('PL-HO-REL');
    const pat = await device('picker');
    const li = await device('picker2');
    const res = await pat.push([
      pat.op('pick.claim', { list: 'PL-HO-REL' }),
      pickOp(pat, { list: 'PL-HO-REL', line: 1, ...A, qty: 2 }),
      pat.op('pick.release', { list: 'PL-HO-REL', reason: 'end of shift' }),
    ]);
    expect(results(res)).toEqual(['applied', 'applied', 'applied']);
    const row = await pickListOf(server.store, 'PL-HO-REL');
    expect(row).toMatchObject({ status: 'open', claimed_by: null, claimed_device: null });
    expect(row.released_by).toBe(pat.userId);
    expect(await pickLineOf(server.store, 'PL-HO-REL', 1)).toMatchObject({
      picked: 2,
      status: 'picked',
    });
    expect(results(await li.push([li.op('pick.claim', { list: 'PL-HO-REL' })]))).toEqual([
      'applied',
    ]);
    // Li Na, the new holder, gets the list with Pat's picks already on it.
    await li.pullAll();
    expect(li.table('pickLine').get('PL-HO-REL|1')).toMatchObject({
      pickedQty: 2,
      status: 'picked',
    });
  });

  it('K9 hostile: a picker may not release or hand over someone else’s list; nothing changes', async () => {
    await twoLines('PL-HO-HOST');
    const pat = await device('picker');
    const li = await device('picker2');
    await pat.push([pat.op('pick.claim', { list: 'PL-HO-HOST' })]);
    const res = await li.push([
      li.op('pick.release', { list: 'PL-HO-HOST', reason: 'mine now' }),
      li.op('pick.assign', { list: 'PL-HO-HOST', to: li.userId, reason: 'mine now' }),
      li.op('pick.release', { list: 'NOPE' }),
    ]);
    expect(results(res)).toEqual(['NOT_LIST_HOLDER', 'ROLE_NOT_ALLOWED', 'UNKNOWN_DOCUMENT']);
    // The console route refuses a picker's token outright.
    const asPicker = await act('PL-HO-HOST', { action: 'release', reason: 'mine now' }, li.http);
    expect(asPicker.status).toBe(403);
    const row = await pickListOf(server.store, 'PL-HO-HOST');
    expect(row).toMatchObject({ claimed_by: pat.userId, claimed_device: pat.deviceId });
  });

  it('K9 console: bad actions are refused with a specific code, never a 500', async () => {
    await twoLines('PL-HO-BAD');
    const cases: [string, unknown, number, string][] = [
      ['PL-HO-BAD', { action: 'release' }, 400, 'BAD_REQUEST'],
      ['PL-HO-BAD', { action: 'release', reason: 'x' }, 400, 'REASON_REQUIRED'],
      ['PL-HO-BAD', { action: 'steal', reason: 'because' }, 400, 'BAD_REQUEST'],
      ['PL-HO-BAD', { action: 'assign', to: 'nobody', reason: 'because' }, 409, 'UNKNOWN_USER'],
      ['NOPE', { action: 'release', reason: 'because' }, 404, 'UNKNOWN_DOCUMENT'],
      ['PL-HO-BAD', 'not json object', 400, 'BAD_REQUEST'],
    ];
    for (const [list, body, status, code] of cases) {
      const res = await act(list, body);
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
    }
    const receiver = await userId(server.store, 'receiver');
    const notPicker = await act('PL-HO-BAD', { action: 'assign', to: receiver, reason: 'because' });
    expect([notPicker.status, notPicker.body.error?.code]).toEqual([409, 'UNKNOWN_USER']);
  });

  it('K9 lost phone: the supervisor releases, another picker finishes, the lost phone’s 3 offline picks count once', async () => {
    await importPickList(admin, {
      number: 'PL-HO-LOST',
      lines: [
        { ...A, qty: 2 },
        { ...B, qty: 2 },
      ],
    });
    const before = {
      a: await stockOf(server.store, 'WH1', A.location, A.sku),
      b: await stockOf(server.store, 'WH1', B.location, B.sku),
    };
    const lost = await device('picker');
    await lost.push([lost.op('pick.claim', { list: 'PL-HO-LOST' })]);
    // Offline on the lost phone: three picks it will only send much later.
    const offline = [
      pickOp(lost, { list: 'PL-HO-LOST', line: 1, ...A, qty: 1 }),
      pickOp(lost, { list: 'PL-HO-LOST', line: 1, ...A, qty: 1 }),
      pickOp(lost, { list: 'PL-HO-LOST', line: 2, ...B, qty: 1 }),
    ];
    const held = await consoleRow('PL-HO-LOST');
    expect(held).toMatchObject({ holderName: 'Pat Picker', claimedDevice: lost.deviceId });
    expect(held?.claimedAt).toEqual(expect.any(Number));
    const rel = await act('PL-HO-LOST', { action: 'release', reason: 'phone lost' });
    expect(rel.status).toBe(200);
    expect(await consoleRow('PL-HO-LOST')).toMatchObject({
      holderName: null,
      releasedName: 'Sam Supervisor',
    });
    const audit = await server.store.db
      .selectFrom('console_actions')
      .select(['action', 'reason'])
      .where('target', '=', 'PL-HO-LOST')
      .execute();
    expect(audit).toEqual([{ action: 'pickList.release', reason: 'phone lost' }]);

    const li = await device('picker2');
    const finish = await li.push([
      li.op('pick.claim', { list: 'PL-HO-LOST' }),
      pickOp(li, { list: 'PL-HO-LOST', line: 1, ...A, qty: 2 }),
      pickOp(li, { list: 'PL-HO-LOST', line: 2, ...B, qty: 1 }),
    ]);
    expect(results(finish)).toEqual(['applied', 'applied', 'applied']);
    // The lost phone comes back: every pick applies once, twice pushed (a retry) or not.
    const back = await lost.push(offline);
    expect(results(back)).toEqual(['applied', 'applied', 'applied']);
    expect(results(await lost.push(offline))).toEqual(['duplicate', 'duplicate', 'duplicate']);
    expect(await pickLineOf(server.store, 'PL-HO-LOST', 1)).toMatchObject({ picked: 4 });
    expect(await pickLineOf(server.store, 'PL-HO-LOST', 2)).toMatchObject({
      picked: 2,
      status: 'picked',
    });
    expect(await stockOf(server.store, 'WH1', A.location, A.sku)).toBe(before.a - 4);
    expect(await stockOf(server.store, 'WH1', B.location, B.sku)).toBe(before.b - 2);
    const over = await exceptionsOfKind(server.store, 'over-pick', 'PL-HO-LOST');
    expect(over.map((x) => [x.device_id, x.said['extra']])).toEqual([[lost.deviceId, 2]]);
    // The console shows the list split between two phones, with what each picked.
    const row = await consoleRow('PL-HO-LOST');
    expect(row?.pickers.sort((x, y) => x.userName.localeCompare(y.userName))).toEqual([
      { deviceId: li.deviceId, userName: 'Li Na', units: 3 },
      { deviceId: lost.deviceId, userName: 'Pat Picker', units: 3 },
    ]);
    expect(results(await li.push([li.op('pick.complete', { list: 'PL-HO-LOST' })]))).toEqual([
      'applied',
    ]);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('K9 reassign: the supervisor hands a held list to another picker; only they may claim it', async () => {
    await twoLines('PL-HO-ASG');
    const pat = await device('picker');
    const li = await device('picker2');
    await pat.push([pat.op('pick.claim', { list: 'PL-HO-ASG' })]);
    const res = await act('PL-HO-ASG', { action: 'assign', to: li.userId, reason: 'Pat is off' });
    expect(res.status).toBe(200);
    expect(res.body.list).toMatchObject({ claimedBy: null, assignedTo: li.userId });
    // Pat's phone, still holding its old view, tries to claim again: assigned to Li Na now.
    expect(results(await pat.push([pat.op('pick.claim', { list: 'PL-HO-ASG' })]))).toEqual([
      'CONFLICT',
    ]);
    expect(results(await li.push([li.op('pick.claim', { list: 'PL-HO-ASG' })]))).toEqual([
      'applied',
    ]);
    // A supervisor on a device may hand it on too (the same rule as the console).
    const sup = await device('supervisor');
    const back = await sup.push([
      sup.op('pick.assign', { list: 'PL-HO-ASG', to: null, reason: 'anyone' }),
    ]);
    expect(results(back)).toEqual(['applied']);
    expect(await pickListOf(server.store, 'PL-HO-ASG')).toMatchObject({
      assigned_to: null,
      claimed_by: null,
    });
  });

  it('K10: a deferred line stays open with its reason and who left it; the console counts it', async () => {
    await twoLines('PL-HO-DEF');
    const pat = await device('picker');
    const res = await pat.push([
      pat.op('pick.claim', { list: 'PL-HO-DEF' }),
      pat.op('pick.defer', { list: 'PL-HO-DEF', line: 2, ...B, reason: 'out_of_reach' }),
      pat.op('pick.defer', { list: 'PL-HO-DEF', line: 2, ...B, reason: 'bored' }),
      pat.op('pick.defer', { list: 'PL-HO-DEF', line: 2, sku: A.sku, reason: 'blocked' }),
    ]);
    expect(results(res)).toEqual(['applied', 'applied', 'OP_MALFORMED', 'UNKNOWN_DOCUMENT']);
    const line = await server.store.db
      .selectFrom('pick_lines')
      .select(['status', 'defer_reason', 'deferred_by'])
      .where('list', '=', 'PL-HO-DEF')
      .where('line', '=', 2)
      .executeTakeFirstOrThrow();
    expect(line).toEqual({ status: 'open', defer_reason: 'out_of_reach', deferred_by: pat.userId });
    expect(await consoleRow('PL-HO-DEF')).toMatchObject({ deferred: 1, linesDone: 0 });
    // The list cannot be completed with the line still open.
    expect(results(await pat.push([pat.op('pick.complete', { list: 'PL-HO-DEF' })]))).toEqual([
      'CONFLICT',
    ]);
  });

  it('K11: the over-picked units are put back by scan; the book goes up, the over-pick closes', async () => {
    await twoLines('PL-HO-RET');
    const pat = await device('picker');
    const li = await device('picker2');
    const at = { list: 'PL-HO-RET', line: 1, ...A };
    await pat.push([pat.op('pick.claim', { list: 'PL-HO-RET' }), pickOp(pat, { ...at, qty: 2 })]);
    // Li Na, offline, picked the same line: her 2 units are extra.
    await li.push([li.op('pick.claim', { list: 'PL-HO-RET' }), pickOp(li, { ...at, qty: 2 })]);
    const before = await stockOf(server.store, 'WH1', A.location, A.sku);
    const ret = (qty: number, over: Record<string, unknown> = {}) =>
      li.op('pick.return', { ...at, qty, ...over });
    const res = await li.push([
      ret(1),
      ret(0),
      ret(1, { line: 9 }),
      ret(1, { location: 'NOWHERE' }),
    ]);
    expect(results(res)).toEqual([
      'applied',
      'OP_MALFORMED',
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_LOCATION',
    ]);
    const over = await exceptionsOfKind(server.store, 'over-pick', 'PL-HO-RET');
    expect(over.map((x) => x.said['extra'])).toEqual([1]);
    expect(over[0]!.message).toContain(`return 1 to ${A.location}`);
    expect(results(await li.push([ret(1)]))).toEqual(['applied']);
    const row = await server.store.db
      .selectFrom('exceptions')
      .select(['status', 'resolution'])
      .where('ref', '=', 'PL-HO-RET')
      .where('kind', '=', 'over-pick')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'resolved', resolution: 'put-back' });
    expect(await stockOf(server.store, 'WH1', A.location, A.sku)).toBe(before + 2);
    expect(await pickLineOf(server.store, 'PL-HO-RET', 1)).toMatchObject({
      picked: 2,
      status: 'picked',
    });
    await assertStockArithmetic(server.store, 'WH1');
  });
});
