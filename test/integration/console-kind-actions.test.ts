// Every kind of exception a real floor scenario raises, resolved from the console by each of its
// actions through real HTTP on each store: the action shows its effect first (the movements with
// the book before), then the server's stock is exactly that after it, the ledger still adds up
// (I4), and the action is audited with who and why. A picker's valid token calling an action gets
// 403 and changes nothing; a stale effect, a missing reason or an action the kind does not offer
// is refused with a code and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionOffer } from '../../src/core/console-actions.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { assertStockArithmetic } from '../helpers/invariants.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { homeOf, importPickList, pickOp, shortOp } from '../helpers/picking.ts';
import { importReceipt, newDelivery, receive } from '../helpers/receiving.ts';
import { C } from '../helpers/console.ts';

interface Detail {
  exception: { id: string; kind: string; status: string; resolution: string | null };
  offers: ActionOffer[];
  audit: { action: string; by: string; reason: string | null; data: Record<string, unknown> }[];
}

describe.each(storeKinds())('console actions per kind on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let supId: string;
  let admin: HttpClient;
  let device: (username: string) => Promise<SimDevice>;
  const detail = async (id: string) => (await sup.get<Detail>(`${C}/exceptions/${id}`)).body;
  const offer = async (id: string, action: string) => {
    const o = (await detail(id)).offers.find((x) => x.action === action);
    expect(o, `${action} offered`).toBeDefined();
    return o!;
  };
  const act = (id: string, body: Record<string, unknown>, as = sup) =>
    as.post<{ resolution: string; error?: { code: string } }>(
      `${C}/exceptions/${id}/actions`,
      body,
    );
  /** Confirms the action with the effect it showed; the book must then be exactly that. */
  const confirm = async (id: string, o: ActionOffer, reason?: string) => {
    const res = await act(id, {
      action: o.action,
      ...(reason ? { reason } : {}),
      expect: o.movements.map(({ book: _b, ...m }) => m),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.resolution).toBe(o.action);
    for (const m of o.movements)
      expect(await stockOf(server.store, 'WH1', m.location, m.sku, m.lot, m.expiry)).toBe(
        m.book + m.delta,
      );
    const d = await detail(id);
    expect(d.exception.status).toBe('resolved');
    expect(d.offers).toEqual([]);
    expect(d.audit[0]).toMatchObject({ action: o.action, by: supId, reason: reason ?? null });
    await assertStockArithmetic(server.store, 'WH1');
  };
  const raised = async (dev: SimDevice, ops: Parameters<SimDevice['push']>[0], k: string) => {
    const res = await dev.push(ops);
    const x = res.body.results.flatMap((r) => r.exceptions ?? []).filter((e) => e.kind === k);
    expect(x.length, `${k} raised`).toBeGreaterThan(0);
    return x.at(-1)!.id;
  };
  /** Moves everything a location holds out to reserve by real ops, so the ledger agrees. */
  const emptied = async (s: SimDevice, location: string) => {
    const rows = await server.store.db
      .selectFrom('stock')
      .select(['sku', 'lot', 'expiry', 'qty'])
      .where('warehouse_id', '=', 'WH1')
      .where('location', '=', location)
      .where('qty', '>', 0)
      .execute();
    if (!rows.length) return;
    const res = await s.push(
      rows.map((r) =>
        s.op('stock.move', {
          sku: r.sku,
          from: location,
          to: 'R-02',
          qty: Number(r.qty),
          lot: r.lot,
          expiry: r.expiry,
        }),
      ),
    );
    expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
  };
  /** Two pickers pick the same 2-unit line from a face holding 2: an over-pick of 2, book −2. */
  const twicePicked = async (list: string, location: string) => {
    const s = await device('supervisor');
    await emptied(s, location);
    await s.push([s.op('stock.move', { sku: 'SKU-10050', from: 'R-01', to: location, qty: 2 })]);
    await importPickList(admin, { number: list, lines: [{ sku: 'SKU-10050', qty: 2, location }] });
    const a = await device('picker');
    const b = await device('picker2');
    const at = { list, line: 1, sku: 'SKU-10050', location, qty: 2 };
    await a.push([pickOp(a, at)]);
    const res = await b.push([pickOp(b, at)]);
    const xs = res.body.results.flatMap((r) => r.exceptions ?? []);
    return {
      overPick: xs.find((x) => x.kind === 'over-pick')!.id,
      overBook: xs.find((x) => x.kind === 'pick.over_book')!.id,
    };
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
    supId = await userId(server.store, 'supervisor');
    admin = await server.as('admin');
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

  it('over-pick: put-back confirmed posts +2 where the units were taken', async () => {
    const { overPick } = await twicePicked('PL-PUT', 'C-05-1');
    const o = await offer(overPick, 'put-back');
    expect(o.movements).toEqual([
      { sku: 'SKU-10050', location: 'C-05-1', lot: '', expiry: '', delta: 2, book: -2 },
    ]);
    await confirm(overPick, o);
    expect(await stockOf(server.store, 'WH1', 'C-05-1', 'SKU-10050')).toBe(0);
  });

  it('over-pick: ship the extra keeps the book and needs a reason', async () => {
    const { overPick } = await twicePicked('PL-SHIP', 'C-05-2');
    const o = await offer(overPick, 'ship-extra');
    expect(o.movements).toEqual([]);
    const bare = await act(overPick, { action: 'ship-extra' });
    expect(bare.status).toBe(400);
    expect(bare.body.error?.code).toBe('REASON_REQUIRED');
    await confirm(overPick, o, 'customer keeps the extra two');
    expect(await stockOf(server.store, 'WH1', 'C-05-2', 'SKU-10050')).toBe(-2);
  });

  it('pick.over_book: correct the negative book raises it to 0; recount flags the place', async () => {
    const { overBook } = await twicePicked('PL-NEG', 'D-05-1');
    const o = await offer(overBook, 'correct-negative');
    expect(o.movements).toMatchObject([{ location: 'D-05-1', delta: 2, book: -2 }]);
    await confirm(overBook, o, 'the shelf had two more');
    const again = await twicePicked('PL-NEG2', 'D-05-1');
    await confirm(again.overBook, await offer(again.overBook, 'recount'));
    const flags = await server.store.db
      .selectFrom('location_flags')
      .select('reason')
      .where('location', '=', 'D-05-1')
      .where('cleared_at', 'is', null)
      .execute();
    // One open flag per place: the over-book already raised one, the recount keeps it open.
    expect(flags).toHaveLength(1);
  });

  it('short-pick: write off what the book still holds at the face', async () => {
    const face = await homeOf(server.store, 'SKU-10022');
    await importPickList(admin, {
      number: 'PL-SHORT',
      lines: [{ sku: 'SKU-10022', qty: 400, location: face }],
    });
    const book = await stockOf(server.store, 'WH1', face, 'SKU-10022');
    expect(book).toBeGreaterThan(1);
    const dev = await device('picker');
    const at = { list: 'PL-SHORT', line: 1, sku: 'SKU-10022', location: face };
    const id = await raised(
      dev,
      [
        dev.op('pick.claim', { list: 'PL-SHORT' }),
        pickOp(dev, { ...at, qty: 1 }),
        shortOp(dev, { ...at, reason: 'empty' }),
      ],
      'short-pick',
    );
    const o = await offer(id, 'write-off-short');
    expect(o.movements).toMatchObject([{ location: face, delta: -(book - 1), book: book - 1 }]);
    await confirm(id, o, 'face is empty');
    expect(await stockOf(server.store, 'WH1', face, 'SKU-10022')).toBe(0);
  });

  it('move.over_book: a stale effect is refused; correct-negative then does what it says', async () => {
    const dev = await device('picker');
    const id = await raised(
      dev,
      [dev.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 3 })],
      'move.over_book',
    );
    const o = await offer(id, 'correct-negative');
    // The book moves before the supervisor confirms: what was shown is no longer true.
    await dev.push([dev.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 1 })]);
    const before = await stockOf(server.store, 'WH1', 'B-01-1', 'SKU-10001');
    const stale = await act(id, {
      action: o.action,
      reason: 'book was wrong',
      expect: o.movements.map(({ book: _b, ...m }) => m),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('CONFLICT');
    expect(await stockOf(server.store, 'WH1', 'B-01-1', 'SKU-10001')).toBe(before);
    await confirm(id, await offer(id, 'correct-negative'), 'book was wrong');
    expect(await stockOf(server.store, 'WH1', 'B-01-1', 'SKU-10001')).toBe(0);
  });

  it('receive.over: return the extra to the supplier, or move it to quarantine', async () => {
    await importReceipt(admin, { number: 'PO-OVER', lines: [{ sku: 'SKU-10003', qty: 12 }] });
    const rcv = await device('receiver');
    const d = newDelivery();
    const first = await raised(
      rcv,
      [receive(rcv, { receipt: 'PO-OVER', delivery: d, line: 1, sku: 'SKU-10003', qty: 20 })],
      'receive.over',
    );
    const dock = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10003');
    const back = await offer(first, 'return-to-supplier');
    expect(back.movements).toEqual([
      { sku: 'SKU-10003', location: 'DOCK-1', lot: '', expiry: '', delta: -8, book: dock },
    ]);
    await confirm(first, back, 'supplier collects the extra 8');
    await importReceipt(admin, { number: 'PO-OVER2', lines: [{ sku: 'SKU-10003', qty: 1 }] });
    const second = await raised(
      rcv,
      [
        receive(rcv, {
          receipt: 'PO-OVER2',
          delivery: newDelivery(),
          line: 1,
          sku: 'SKU-10003',
          qty: 4,
        }),
      ],
      'receive.over',
    );
    const q = await offer(second, 'quarantine');
    expect(q.movements.map((m) => [m.location, m.delta])).toEqual([
      ['DOCK-1', -3],
      ['QUAR-1', 3],
    ]);
    await confirm(second, q);
  });

  it('receive.over: keep what was received changes nothing and needs a reason', async () => {
    await importReceipt(admin, { number: 'PO-KEEP', lines: [{ sku: 'SKU-10004', qty: 2 }] });
    const rcv = await device('receiver');
    const id = await raised(
      rcv,
      [
        receive(rcv, {
          receipt: 'PO-KEEP',
          delivery: newDelivery(),
          line: 1,
          sku: 'SKU-10004',
          qty: 5,
        }),
      ],
      'receive.over',
    );
    const dock = await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10004');
    await confirm(id, await offer(id, 'keep-received'), 'buyer accepts the extra');
    expect(await stockOf(server.store, 'WH1', 'DOCK-1', 'SKU-10004')).toBe(dock);
  });

  it('hostile: a picker token calling an action gets 403 FORBIDDEN; an unoffered action 409', async () => {
    const { overPick } = await twicePicked('PL-HOST', 'D-05-2');
    const picker = await server.as('picker');
    const res = await act(overPick, { action: 'put-back' }, picker);
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('FORBIDDEN');
    expect((await picker.get(`${C}/exceptions/${overPick}`)).status).toBe(403);
    const wrong = await act(overPick, { action: 'post-adjustment' });
    expect(wrong.status).toBe(409);
    const junk = await act(overPick, { action: 'accept' });
    expect(junk.status).toBe(400);
    expect(await stockOf(server.store, 'WH1', 'D-05-2', 'SKU-10050')).toBe(-2);
    expect((await detail(overPick)).exception.status).toBe('open');
    expect((await detail(overPick)).audit).toEqual([]);
  });
});
