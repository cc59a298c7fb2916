// Undo takes back the exceptions it caused, on each store (docs/receiving.md R5): the damage and
// over-receipt claims of an undone receive are closed as "undone" by the person who undid; the
// claims of receives that stand stay open, and a tampered undo closes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { importReceipt, newDelivery, receive, undo } from '../helpers/receiving.ts';
import type { Store } from '../../server/store/store.ts';

const SKU = 'SKU-10005';

async function exceptionsOfOp(store: Store, opId: string) {
  return store.db
    .selectFrom('exceptions')
    .select(['kind', 'status', 'resolution', 'resolved_by', 'note'])
    .where('warehouse_id', '=', 'WH1')
    .where('op_id', '=', opId)
    .orderBy('kind')
    .execute();
}

describe.each(storeKinds())('undo closes the exceptions it caused on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  let dev: SimDevice;
  let receiverId: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    receiverId = await userId(server.store, 'receiver');
    dev = new SimDevice(await server.as('receiver'), 'WH1', receiverId);
  });
  afterAll(() => server.close());

  it('M2 an undone damaged receive and an undone over-receipt close their exceptions as undone', async () => {
    await importReceipt(admin, { number: 'U-EXC', lines: [{ sku: SKU, qty: 2 }] });
    const d = newDelivery();
    const damaged = receive(dev, {
      receipt: 'U-EXC',
      delivery: d,
      line: 1,
      sku: SKU,
      qty: 1,
      condition: 'damaged',
      reason: 'crushed',
    });
    const over = receive(dev, { receipt: 'U-EXC', delivery: d, line: 1, sku: SKU, qty: 5 });
    const first = await dev.push([damaged, over]);
    expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await exceptionsOfOp(server.store, damaged.opId)).map((x) => x.status)).toEqual([
      'open',
    ]);
    expect((await exceptionsOfOp(server.store, over.opId)).map((x) => x.status)).toContain('open');

    const takeBackOver = undo(dev, over);
    const takeBackDamaged = undo(dev, damaged);
    const res = await dev.push([takeBackOver, takeBackDamaged]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    for (const [op, by] of [
      [over, takeBackOver],
      [damaged, takeBackDamaged],
    ] as const) {
      const raised = await exceptionsOfOp(server.store, op.opId);
      expect(raised.length).toBeGreaterThan(0);
      for (const x of raised)
        expect(x).toMatchObject({
          status: 'resolved',
          resolution: 'undone',
          resolved_by: receiverId,
          note: `Taken back by undo ${by.opId}`,
        });
    }
  });

  it('M2 a receive that stands keeps its exception open; a tampered undo closes nothing', async () => {
    await importReceipt(admin, { number: 'U-KEEP', lines: [{ sku: SKU, qty: 1 }] });
    const d = newDelivery();
    const standing = receive(dev, {
      receipt: 'U-KEEP',
      delivery: d,
      line: 1,
      sku: SKU,
      qty: 1,
      condition: 'damaged',
      reason: 'crushed',
    });
    const other = receive(dev, { receipt: 'U-KEEP', delivery: d, line: 1, sku: SKU, qty: 1 });
    const takeBackOther = undo(dev, other);
    const tampered = undo(dev, standing);
    (tampered.payload as { qty: number }).qty = 9;
    const res = await dev.push([standing, other, takeBackOther, tampered]);
    expect(res.body.results.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'OP_MALFORMED',
    ]);
    expect((await exceptionsOfOp(server.store, standing.opId)).map((x) => x.status)).toEqual([
      'open',
    ]);
  });
});
