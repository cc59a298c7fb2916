// K12 on the server, through real HTTP on each store: a pick of a lot-tracked item is applied
// (the units are in the tote) and judged against the book at the face. A lot the face does not
// hold raises pick.wrong_lot naming what it holds; an expired lot raises pick.expired_lot unless a
// supervisor took it with the override (a picker sending the override still raises it); the
// reason for a lot that was not first out is kept on the op; a bad reason is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { exceptionsOfKind, importPickList, lotTrackedFace, pickOp } from '../helpers/picking.ts';

describe.each(storeKinds())('K12 lots at the pick on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let face: { location: string; sku: string; lot: string; expiry: string };
  let device: (username?: string) => Promise<SimDevice>;
  let n = 0;
  /** A one-line list of 20 on the lot-tracked face, claimed by the device. */
  const listFor = async (dev: SimDevice) => {
    const number = `PL-LOT-${++n}`;
    await importPickList(admin, {
      number,
      lines: [{ sku: face.sku, qty: 20, location: face.location }],
    });
    const claim = await dev.push([dev.op('pick.claim', { list: number })]);
    expect(claim.body.results[0]?.status).toBe('applied');
    return { list: number, line: 1, sku: face.sku, location: face.location, qty: 1 };
  };
  const kindsOf = (res: Awaited<ReturnType<SimDevice['push']>>) =>
    res.body.results.flatMap((r) => (r.exceptions ?? []).map((x) => x.kind));

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    device = async (username = 'picker') =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
    const row = await lotTrackedFace(server.store, 5);
    face = row;
    // An expired lot of the same item on the same face, put there by a supervisor's move.
    const sup = await device('supervisor');
    const put = await sup.push([
      sup.op('stock.move', {
        sku: face.sku,
        from: 'R-01',
        to: face.location,
        qty: 3,
        lot: 'L-EXPIRED',
        expiry: '2025-01-31',
      }),
    ]);
    expect(put.body.results[0]?.status).toBe('applied');
  });
  afterAll(() => server.close());

  it('K12: a lot the face does not hold is applied and raised, naming the lots it holds', async () => {
    const dev = await device();
    const at = await listFor(dev);
    const res = await dev.push([pickOp(dev, { ...at, lot: 'L99999' })]);
    expect(res.body.results[0]?.status).toBe('applied');
    expect(kindsOf(res)).toContain('pick.wrong_lot');
    const [x] = await exceptionsOfKind(server.store, 'pick.wrong_lot', face.location);
    expect(x?.said).toMatchObject({ lot: 'L99999', sku: face.sku, list: at.list, qty: 1 });
    expect(x?.believed['lots']).toEqual(expect.arrayContaining([face.lot, 'L-EXPIRED']));
    expect(await stockOf(server.store, 'WH1', face.location, face.sku, 'L99999', '')).toBe(-1);
    await assertStockArithmetic(server.store, 'WH1');
  });

  it('K12: an expired lot raises pick.expired_lot, also when a picker sends the override', async () => {
    const dev = await device();
    const at = await listFor(dev);
    const res = await dev.push([
      pickOp(dev, { ...at, lot: 'L-EXPIRED', expiry: '2025-01-31' }),
      dev.op('pick.line', {
        ...at,
        lot: 'L-EXPIRED',
        expiry: '2025-01-31',
        tote: null,
        lotReason: 'expired_override',
      }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(kindsOf(res)).toEqual(['pick.expired_lot', 'pick.expired_lot']);
  });

  it('K12: a supervisor taking an expired lot with the override raises nothing', async () => {
    const sup = await device('supervisor');
    const at = await listFor(sup);
    const res = await sup.push([
      sup.op('pick.line', {
        ...at,
        lot: 'L-EXPIRED',
        expiry: '2025-01-31',
        tote: null,
        lotReason: 'expired_override',
      }),
    ]);
    expect(res.body.results[0]?.status).toBe('applied');
    expect(kindsOf(res)).not.toContain('pick.expired_lot');
  });

  it('K12: the lot on the face is fine; a reason is kept on the op; a bad reason is refused', async () => {
    const dev = await device();
    const at = await listFor(dev);
    const good = pickOp(dev, { ...at, lot: face.lot, expiry: face.expiry });
    const why = dev.op('pick.line', {
      ...at,
      lot: face.lot,
      expiry: face.expiry,
      tote: null,
      lotReason: 'fefo_not_reachable',
    });
    const bad = dev.op('pick.line', {
      ...at,
      lot: face.lot,
      expiry: face.expiry,
      tote: null,
      lotReason: 'felt like it',
    });
    const res = await dev.push([good, why, bad]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'applied',
      'OP_MALFORMED',
    ]);
    expect(kindsOf(res).filter((k) => k.endsWith('_lot'))).toEqual([]);
    const logged = await server.store.db
      .selectFrom('op_log')
      .select('payload')
      .where('op_id', '=', why.opId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(logged.payload)).toMatchObject({ lotReason: 'fefo_not_reachable' });
    await assertStockArithmetic(server.store, 'WH1');
  });
});
