// Q2 lot holds through real HTTP on each store: a supervisor holds one lot (by op from a device,
// or from the console), every device learns it, and then that lot moves only into quarantine:
// a move, a putaway-style move or a release out of quarantine to a shelf is rejected LOT_HELD
// with nothing moved; a pick of it is applied (the units are in a tote) and raised. A picker's
// valid token can neither hold nor lift. Lifting the hold, audited with the reason, frees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { importPickList, lotTrackedFace, pickOp } from '../helpers/picking.ts';

const H = '/api/supervisor/warehouses/WH1/lot-holds';

describe.each(storeKinds())('Q2 lot holds on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let sup: SimDevice;
  let picker: SimDevice;
  let face: { location: string; sku: string; lot: string; expiry: string };
  const device = async (username: string) => {
    const dev = new SimDevice(
      await server.as(username),
      'WH1',
      await userId(server.store, username),
    );
    await dev.pullAll();
    return dev;
  };
  const move = (dev: SimDevice, to: string, qty = 1, from = face.location, type = 'stock.move') =>
    dev.op(type, { sku: face.sku, from, to, qty, lot: face.lot, expiry: face.expiry });
  const book = (location: string) =>
    stockOf(server.store, 'WH1', location, face.sku, face.lot, face.expiry);

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    face = await lotTrackedFace(server.store, 6);
    sup = await device('supervisor');
    picker = await device('picker');
  });
  afterAll(() => server.close());

  it('Q2: a picker cannot hold or lift a lot, by op or by the console route', async () => {
    const res = await picker.push([
      picker.op('lot.hold', { sku: face.sku, lot: face.lot, reason: 'mine now' }),
      picker.op('lot.unhold', { sku: face.sku, lot: face.lot, reason: 'mine now' }),
    ]);
    expect(res.body.results.map((r) => r.code)).toEqual(['ROLE_NOT_ALLOWED', 'ROLE_NOT_ALLOWED']);
    const route = await picker.http.post<{ error: { code: string } }>(H, {
      action: 'hold',
      sku: face.sku,
      lot: face.lot,
      reason: 'mine now',
    });
    expect(route.status).toBe(403);
    expect(route.body.error.code).toBe('FORBIDDEN');
    const held = await server.store.db.selectFrom('lot_holds').selectAll().execute();
    expect(held).toEqual([]);
  });

  it('Q2: a held lot moves only into quarantine; a pick of it is applied and raised', async () => {
    const hold = await sup.push([
      sup.op('lot.hold', { sku: face.sku, lot: face.lot, reason: 'supplier recall R-7' }),
    ]);
    expect(hold.body.results[0]?.status).toBe('applied');
    await picker.pullAll();
    expect(picker.table('lotHold').get(`${face.sku}|${face.lot}`)).toMatchObject({
      reason: 'supplier recall R-7',
      heldBy: sup.userId,
    });
    const before = await book(face.location);
    const receiver = await device('receiver');
    const putaway = await receiver.push([
      move(receiver, 'A-01-2', 1, face.location, 'putaway.move'),
    ]);
    expect(putaway.body.results[0]?.code).toBe('LOT_HELD');
    const res = await picker.push([move(picker, 'A-01-2'), move(picker, 'QUAR-1')]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual(['LOT_HELD', 'applied']);
    expect(await book(face.location)).toBe(before - 1);
    expect(await book('QUAR-1')).toBe(1);
    const release = await sup.push([
      sup.op('stock.release', {
        sku: face.sku,
        from: 'QUAR-1',
        to: 'A-01-2',
        qty: 1,
        lot: face.lot,
        expiry: face.expiry,
        reason: 'checked, fine',
      }),
    ]);
    expect(release.body.results[0]?.code).toBe('LOT_HELD');
    await importPickList(admin, {
      number: 'PL-HELD',
      lines: [{ sku: face.sku, qty: 2, location: face.location }],
    });
    const at = { list: 'PL-HELD', line: 1, sku: face.sku, location: face.location, qty: 1 };
    const pick = await picker.push([
      picker.op('pick.claim', { list: 'PL-HELD' }),
      pickOp(picker, { ...at, lot: face.lot, expiry: face.expiry }),
    ]);
    expect(pick.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(pick.body.results[1]?.exceptions?.map((x) => x.kind)).toContain('pick.held_lot');
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('Q2: the console lists and lifts a hold with a reason, audited; then the lot moves', async () => {
    const office = await server.as('supervisor');
    const list = await office.get<{ holds: { sku: string; lot: string; reason: string }[] }>(H);
    expect(list.body.holds).toContainEqual(
      expect.objectContaining({ sku: face.sku, lot: face.lot, reason: 'supplier recall R-7' }),
    );
    const bare = await office.post<{ error: { code: string } }>(H, {
      action: 'lift',
      sku: face.sku,
      lot: face.lot,
      reason: '',
    });
    expect(bare.body.error.code).toBe('REASON_REQUIRED');
    const odd = await office.post<{ error: { code: string } }>(H, {
      action: 'lift',
      sku: face.sku,
      lot: face.lot,
      reason: 'ok now',
      extra: 1,
    });
    expect(odd.status).toBe(400);
    const nobody = await office.post<{ error: { code: string } }>(H, {
      action: 'hold',
      sku: 'SKU-NOPE',
      lot: 'L1',
      reason: 'no such item',
    });
    expect(nobody.status).toBe(404);
    const lift = await office.post<{ held: boolean; changed: boolean; auditId: string }>(H, {
      action: 'lift',
      sku: face.sku,
      lot: face.lot,
      reason: 'recall withdrawn by supplier',
    });
    expect(lift.status).toBe(200);
    expect(lift.body).toMatchObject({ held: false, changed: true });
    const audit = await server.store.db
      .selectFrom('console_actions')
      .selectAll()
      .where('id', '=', lift.body.auditId)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'lot.lift', reason: 'recall withdrawn by supplier' });
    await picker.pullAll();
    expect(picker.table('lotHold').has(`${face.sku}|${face.lot}`)).toBe(false);
    const res = await picker.push([move(picker, 'A-01-2')]);
    expect(res.body.results[0]?.status).toBe('applied');
    await assertStockArithmetic(server.store, 'WH1');
  });
});
