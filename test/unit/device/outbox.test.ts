// P1 and P15 on the device, on fake-indexeddb: seqs are allocated without gaps in the same
// transaction as the op, and results settle ops out of the overlay only when base catches up.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database.ts';
import { ensureDevice, getDevice } from '../../../src/db/meta.ts';
import { recordOp, RecordError } from '../../../src/db/outbox.ts';
import { recordResults, settleAcked } from '../../../src/sync/results.ts';

const move = (qty = 1) => ({ sku: 'S1', from: 'A', to: 'B', qty });

async function signedIn() {
  await db.delete();
  await db.open();
  await ensureDevice();
  await db.meta.put({
    key: 'session',
    token: 't',
    expiresAt: Date.now() + 1e6,
    warehouseId: 'WH1',
    user: {
      id: 'u1',
      username: 'p',
      name: 'P',
      roles: ['picker'],
      warehouses: [{ id: 'WH1', name: 'W' }],
    },
  });
}

describe('outbox', () => {
  beforeEach(signedIn);

  it('P1: numbers ops 1, 2, 3 with no gaps, even when recorded concurrently', async () => {
    const ops = await Promise.all(
      Array.from({ length: 20 }, (_, i) => recordOp('stock.move', 1, move(i + 1))),
    );
    expect(ops.map((o) => o.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect((await getDevice()).nextSeq).toBe(21);
    const stored = await db.outbox.toArray();
    expect(stored.map((o) => o.status)).toEqual(Array(20).fill('pending'));
    expect(new Set(stored.map((o) => o.opId)).size).toBe(20);
    expect(stored[0]).toMatchObject({
      userId: 'u1',
      warehouseId: 'WH1',
      type: 'stock.move',
      v: 1,
      baseVersion: 0,
    });
  });

  it('refuses an invalid payload without using a seq', async () => {
    await expect(recordOp('stock.move', 1, { ...move(), qty: -1 })).rejects.toBeInstanceOf(
      RecordError,
    );
    await expect(recordOp('stock.fly', 1, {})).rejects.toBeInstanceOf(RecordError);
    expect((await getDevice()).nextSeq).toBe(1);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses to record when nobody is signed in', async () => {
    await db.meta.delete('session');
    await expect(recordOp('stock.move', 1, move())).rejects.toMatchObject({
      code: 'NOT_SIGNED_IN',
    });
  });

  it('P15: an applied op stays on top of base until base reaches its version', async () => {
    const a = await recordOp('stock.move', 1, move());
    const b = await recordOp('stock.move', 1, move());
    const c = await recordOp('stock.move', 1, move());
    await recordResults(
      [
        { seq: a.seq, opId: a.opId, status: 'applied', version: 5 },
        { seq: b.seq, opId: b.opId, status: 'duplicate', original: 'applied', version: 7 },
        { seq: c.seq, opId: c.opId, status: 'rejected', code: 'UNKNOWN_ITEM', message: 'no S1' },
      ],
      4,
    );
    expect((await db.outbox.toArray()).map((o) => [o.status, o.version ?? o.code])).toEqual([
      ['acked', 5],
      ['acked', 7],
      ['rejected', 'UNKNOWN_ITEM'],
    ]);
    await settleAcked(6);
    expect((await db.outbox.toArray()).map((o) => o.status)).toEqual(['done', 'acked', 'rejected']);
  });

  it('ignores a result for an op this device does not hold under that seq', async () => {
    const a = await recordOp('stock.move', 1, move());
    await recordResults([{ seq: a.seq, opId: 'someone-else', status: 'applied', version: 3 }], 0);
    expect((await db.outbox.get(a.seq))!.status).toBe('pending');
  });

  it('a new database is a new device: it never reuses the old id', async () => {
    const first = (await getDevice()).deviceId;
    await db.delete();
    await db.open();
    const second = await ensureDevice();
    expect(second.deviceId).not.toBe(first);
    expect(second.nextSeq).toBe(1);
  });
});
