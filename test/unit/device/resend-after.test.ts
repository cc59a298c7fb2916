// F15 / P4 on the device (fake-indexeddb): a server restored from a backup holds fewer of this
// device's ops than it answered. resendAfter queues every op after the server's lastSeq again;
// ops the device no longer holds are recorded as lost, and the ones after them are numbered on
// from lastSeq, so the queue is never stuck behind ops that will not come.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database.ts';
import { ensureDevice, getDevice, getSync } from '../../../src/db/meta.ts';
import { recordOp } from '../../../src/db/outbox.ts';
import { recordResults } from '../../../src/sync/results.ts';
import { highestAnswered, resendAfter, type SyncWithLoss } from '../../../src/sync/push.ts';

const move = (qty: number) => ({ sku: 'S1', from: 'A', to: 'B', qty });

beforeEach(async () => {
  await db.delete();
  await db.open();
  await ensureDevice();
  await db.meta.put({
    key: 'session',
    token: 't',
    expiresAt: Date.now() + 1e6,
    warehouseId: 'WH1',
    user: { id: 'u1', username: 'p', name: 'P', roles: ['picker'], warehouses: [] },
  });
  const ops = [];
  for (let q = 1; q <= 4; q++) ops.push(await recordOp('stock.move', 1, move(q)));
  // 1-3 answered applied and in base (done); 4 still waiting.
  await recordResults(
    ops.slice(0, 3).map((o) => ({ seq: o.seq, opId: o.opId, status: 'applied', version: 1 })),
    5,
  );
});

const outbox = async () =>
  (await db.outbox.orderBy('seq').toArray()).map((o) => [
    o.seq,
    o.status,
    (o.payload as { qty: number }).qty,
  ]);

describe('resendAfter', () => {
  it('F15: all ops still held: those after lastSeq go again with their own seqs', async () => {
    expect(await highestAnswered()).toBe(3);
    await resendAfter(1);
    expect(await outbox()).toEqual([
      [1, 'done', 1],
      [2, 'pending', 2],
      [3, 'pending', 3],
      [4, 'pending', 4],
    ]);
    expect((await getDevice()).nextSeq).toBe(5);
    expect(((await getSync()) as SyncWithLoss).lost).toBeUndefined();
  });

  it('F15: an op no longer held is reported lost; the later ops are numbered on after lastSeq', async () => {
    await db.outbox.delete(2); // past the retention
    const ids = (await db.outbox.orderBy('seq').toArray()).map((o) => o.opId);
    await resendAfter(1);
    expect(await outbox()).toEqual([
      [1, 'done', 1],
      [2, 'pending', 3],
      [3, 'pending', 4],
    ]);
    expect((await db.outbox.orderBy('seq').toArray()).map((o) => o.opId)).toEqual(ids);
    expect((await getDevice()).nextSeq).toBe(4);
    expect(((await getSync()) as SyncWithLoss).lost).toMatchObject({ range: '2-2' });
    // The next scan follows on.
    expect((await recordOp('stock.move', 1, move(9))).seq).toBe(4);
  });
});
