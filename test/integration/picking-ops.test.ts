// Picking ops through real HTTP on each store: roles (P14), unknown documents (P5), claims (the
// first applied wins; the loser is told and its picks still count), picks taking stock out of
// the pick face, short picks (recount flag, short-pick and replenishment exceptions), completion,
// over-picks when two devices pick the same line, and stock below zero never silent (K1–K7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import {
  exceptionsOfKind,
  homeOf,
  importPickList,
  openFlags,
  pickLineOf,
  pickListOf,
  pickOp,
  shortOp,
} from '../helpers/picking.ts';

describe.each(storeKinds())('picking ops on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let device: (username?: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    device = async (username = 'picker') =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  it('P14: pick ops from users without the picker role are rejected, nothing moves', async () => {
    await importPickList(admin, {
      number: 'PL-ROLE',
      lines: [{ sku: 'SKU-10001', qty: 2, location: 'A-01-1' }],
    });
    const before = await stockOf(server.store, 'WH1', 'A-01-1', 'SKU-10001');
    for (const username of ['receiver', 'counter']) {
      const dev = await device(username);
      const at = { list: 'PL-ROLE', line: 1, sku: 'SKU-10001', location: 'A-01-1' };
      const res = await dev.push([
        dev.op('pick.claim', { list: 'PL-ROLE' }),
        pickOp(dev, { ...at, qty: 1 }),
        shortOp(dev, { ...at, reason: 'empty' }),
        dev.op('pick.complete', { list: 'PL-ROLE' }),
      ]);
      expect(res.body.results.map((r) => r.code)).toEqual(Array(4).fill('ROLE_NOT_ALLOWED'));
      expect(res.body.lastSeq).toBe(4);
    }
    expect(await stockOf(server.store, 'WH1', 'A-01-1', 'SKU-10001')).toBe(before);
    expect(await pickLineOf(server.store, 'PL-ROLE', 1)).toMatchObject({ picked: 0 });
    expect((await pickListOf(server.store, 'PL-ROLE')).claimed_by).toBeNull();
  });

  it('P5: an unknown list, a line of another item and a malformed pick are rejected', async () => {
    await importPickList(admin, {
      number: 'PL-BAD',
      lines: [{ sku: 'SKU-10001', qty: 2, location: 'A-01-1' }],
    });
    const dev = await device();
    const at = { line: 1, location: 'A-01-1', qty: 1 };
    const res = await dev.push([
      dev.op('pick.claim', { list: 'NOPE' }),
      pickOp(dev, { ...at, list: 'NOPE', sku: 'SKU-10001' }),
      pickOp(dev, { ...at, list: 'PL-BAD', sku: 'SKU-10002' }),
      pickOp(dev, { ...at, list: 'PL-BAD', sku: 'SKU-10001', line: 9 }),
      pickOp(dev, { ...at, list: 'PL-BAD', sku: 'SKU-10001', qty: 0 }),
      shortOp(dev, { ...at, list: 'PL-BAD', sku: 'SKU-10001', reason: 'bored' }),
      pickOp(dev, { ...at, list: 'PL-BAD', sku: 'SKU-10001', location: 'NOWHERE' }),
      pickOp(dev, { ...at, list: 'PL-BAD', sku: 'SKU-10001' }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_DOCUMENT',
      'UNKNOWN_DOCUMENT',
      'OP_MALFORMED',
      'OP_MALFORMED',
      'UNKNOWN_LOCATION',
      'applied',
    ]);
  });

  it('K1: two devices claim offline; the first applied wins, the other is told who holds it', async () => {
    await importPickList(admin, {
      number: 'PL-RACE',
      lines: [
        { sku: 'SKU-10011', qty: 2, location: 'A-02-1' },
        { sku: 'SKU-10012', qty: 1, location: 'A-03-1' },
      ],
    });
    const a = await device('picker');
    const b = await device('picker2');
    await a.pullAll();
    await b.pullAll();
    const before = await stockOf(server.store, 'WH1', 'A-03-1', 'SKU-10012');
    const at = { list: 'PL-RACE', line: 2, sku: 'SKU-10012', location: 'A-03-1', qty: 1 };
    const opsB = [b.op('pick.claim', { list: 'PL-RACE' }), pickOp(b, at)];
    const resA = await a.push([a.op('pick.claim', { list: 'PL-RACE' })]);
    expect(resA.body.results[0]!.status).toBe('applied');
    const resB = await b.push(opsB);
    expect(resB.body.results[0]).toMatchObject({ status: 'rejected', code: 'CONFLICT' });
    expect(resB.body.results[0]!.message).toContain('Pat Picker');
    // The loser's pick is a physical fact: applied, counted on the line, stock left the shelf.
    expect(resB.body.results[1]!.status).toBe('applied');
    expect(await pickLineOf(server.store, 'PL-RACE', 2)).toMatchObject({
      picked: 1,
      status: 'picked',
    });
    expect(await stockOf(server.store, 'WH1', 'A-03-1', 'SKU-10012')).toBe(before - 1);
    await b.pullAll();
    expect(b.table('pickList').get('PL-RACE')).toMatchObject({
      status: 'claimed',
      claimedBy: a.userId,
      claimedDevice: a.deviceId,
    });
    // Claiming again from the winning device changes nothing.
    const again = await a.push([a.op('pick.claim', { list: 'PL-RACE' })]);
    expect(again.body.results[0]!.status).toBe('applied');
  });

  it('K1: an assigned list is its picker’s; another picker’s claim is refused', async () => {
    await importPickList(admin, {
      number: 'PL-MINE',
      assignedTo: 'picker',
      lines: [{ sku: 'SKU-10001', qty: 1, location: 'A-01-1' }],
    });
    const b = await device('picker2');
    const res = await b.push([b.op('pick.claim', { list: 'PL-MINE' })]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', code: 'CONFLICT' });
    const a = await device('picker');
    expect((await a.push([a.op('pick.claim', { list: 'PL-MINE' })])).body.results[0]!.status).toBe(
      'applied',
    );
  });

  it('K2–K4: picks take stock out, a short pick flags a recount and raises short-pick and replenishment, the list completes', async () => {
    const [f1, f2] = [
      await homeOf(server.store, 'SKU-10021'),
      await homeOf(server.store, 'SKU-10022'),
    ];
    await importPickList(admin, {
      number: 'PL-FLOW',
      kind: 'batch',
      lines: [
        { order: 'SO-1', tote: 'TOTE-F1', sku: 'SKU-10021', qty: 3, location: f1 },
        { order: 'SO-2', tote: 'TOTE-F2', sku: 'SKU-10022', qty: 4, location: f2 },
      ],
    });
    const face1 = await stockOf(server.store, 'WH1', f1, 'SKU-10021');
    const face2 = await stockOf(server.store, 'WH1', f2, 'SKU-10022');
    const dev = await device();
    const l1 = { list: 'PL-FLOW', line: 1, sku: 'SKU-10021', location: f1, tote: 'TOTE-F1' };
    const l2 = { list: 'PL-FLOW', line: 2, sku: 'SKU-10022', location: f2, tote: 'TOTE-F2' };
    const res = await dev.push([
      dev.op('pick.claim', { list: 'PL-FLOW' }),
      pickOp(dev, { ...l1, qty: 1 }),
      pickOp(dev, { ...l1, qty: 2 }),
      dev.op('pick.complete', { list: 'PL-FLOW' }),
      pickOp(dev, { ...l2, qty: 1 }),
      shortOp(dev, { ...l2, reason: 'empty' }),
      dev.op('pick.complete', { list: 'PL-FLOW' }),
    ]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'CONFLICT',
      'applied',
      'applied',
      'applied',
    ]);
    expect(await stockOf(server.store, 'WH1', f1, 'SKU-10021')).toBe(face1 - 3);
    expect(await stockOf(server.store, 'WH1', f2, 'SKU-10022')).toBe(face2 - 1);
    expect(await pickLineOf(server.store, 'PL-FLOW', 1)).toMatchObject({ status: 'picked' });
    expect(await pickLineOf(server.store, 'PL-FLOW', 2)).toMatchObject({
      picked: 1,
      status: 'short',
      shortReason: 'empty',
    });
    const shorts = await exceptionsOfKind(server.store, 'short-pick', 'PL-FLOW');
    expect(shorts).toHaveLength(1);
    expect(shorts[0]!.said).toMatchObject({ needed: 4, found: 1, short: 3, reason: 'empty' });
    expect(shorts[0]!.believed).toMatchObject({ book: face2 - 1 });
    expect(await openFlags(server.store, f2)).toEqual([{ reason: 'short-pick', ref: 'PL-FLOW' }]);
    const repl = await exceptionsOfKind(server.store, 'replenishment', `${f2}|SKU-10022`);
    expect(repl).toHaveLength(1);
    expect(repl[0]!.message).toContain('refill');
    expect(await pickListOf(server.store, 'PL-FLOW')).toMatchObject({ status: 'complete' });
    await dev.pullAll();
    expect(dev.table('exception').size).toBeGreaterThan(0);
    expect(dev.table('locationFlag').size).toBeGreaterThan(0);
  });

  it('K6: the same line picked by two offline devices is one over-pick exception; stock never silently negative', async () => {
    // A fresh face with exactly what the line needs: the second picker's units take it below 0.
    // The face is emptied by moves, as the floor would, so the ledger still explains the book.
    const sup = await device('supervisor');
    const held = await server.store.db
      .selectFrom('stock')
      .selectAll()
      .where('warehouse_id', '=', 'WH1')
      .where('location', '=', 'C-05-1')
      .where('qty', '>', 0)
      .execute();
    const emptied = await sup.push([
      ...held.map((s) =>
        sup.op('stock.move', {
          sku: s.sku,
          from: 'C-05-1',
          to: 'R-01',
          qty: Number(s.qty),
          lot: s.lot,
          expiry: s.expiry,
        }),
      ),
      sup.op('stock.move', { sku: 'SKU-10050', from: 'R-01', to: 'C-05-1', qty: 2 }),
    ]);
    expect(emptied.body.results.every((r) => r.status === 'applied')).toBe(true);
    await importPickList(admin, {
      number: 'PL-TWICE',
      lines: [{ sku: 'SKU-10050', qty: 2, location: 'C-05-1' }],
    });
    const a = await device('picker');
    const b = await device('picker2');
    const at = { list: 'PL-TWICE', line: 1, sku: 'SKU-10050', location: 'C-05-1', qty: 2 };
    const ra = await a.push([pickOp(a, at)]);
    // B picks unit by unit: still one over-pick for the line, asking for both units back.
    const rb = await b.push([pickOp(b, { ...at, qty: 1 }), pickOp(b, { ...at, qty: 1 })]);
    expect(ra.body.results[0]!.exceptions ?? []).not.toContainEqual(
      expect.objectContaining({ kind: 'over-pick' }),
    );
    expect(rb.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const over = await exceptionsOfKind(server.store, 'over-pick', 'PL-TWICE');
    expect(over).toHaveLength(1);
    expect(over[0]!.message).toContain('return 2 to C-05-1');
    expect(over[0]!.device_id).toBe(b.deviceId);
    expect(await pickLineOf(server.store, 'PL-TWICE', 1)).toMatchObject({ picked: 4 });
    expect(await stockOf(server.store, 'WH1', 'C-05-1', 'SKU-10050')).toBe(-2);
    expect(await exceptionsOfKind(server.store, 'pick.over_book', 'C-05-1')).toHaveLength(1);
    await assertStockArithmetic(server.store, 'WH1');
  });
});
