// Recording an op: validated against its schema, then written to the outbox in the same
// strictly durable transaction that allocates its seq (P1). Only after this resolves may the
// UI play the success tone.
import { findOp } from '#core/ops/registry.ts';
import { db } from './database.ts';
import type { DeviceMeta, SessionMeta, SyncMeta } from './meta-types.ts';
import type { OutboxOp } from './outbox-types.ts';
import { announceNewOp } from '../sync/channel.ts';
import { opCommitted, opRecorded } from '../scan/timing.ts';

export class RecordError extends Error {
  constructor(
    readonly code: 'QUOTA' | 'NOT_SIGNED_IN' | 'INVALID' | 'STORAGE',
    message: string,
  ) {
    super(message);
    this.name = 'RecordError';
  }
}

export async function recordOp(type: string, v: number, payload: unknown): Promise<OutboxOp> {
  const started = performance.now();
  const found = findOp(type, v);
  if (!found.ok) throw new RecordError('INVALID', `unknown op ${type}@${v}`);
  const parsed = found.def.payload.safeParse(payload);
  if (!parsed.success) throw new RecordError('INVALID', parsed.error.message);
  let op: OutboxOp;
  try {
    op = await db.transaction('rw', db.meta, db.outbox, async () => {
      // One round of reads, not three in a row: the tone waits for this transaction.
      const [device, session, sync] = (await db.meta.bulkGet(['device', 'session', 'sync'])) as [
        DeviceMeta | undefined,
        SessionMeta | undefined,
        SyncMeta | undefined,
      ];
      if (!device || !session) throw new RecordError('NOT_SIGNED_IN', 'not signed in');
      const row: OutboxOp = {
        opId: crypto.randomUUID(),
        deviceId: device.deviceId,
        seq: device.nextSeq,
        type,
        v,
        userId: session.user.id,
        warehouseId: session.warehouseId,
        at: Date.now(),
        baseVersion: sync?.baseVersion ?? 0,
        payload: parsed.data,
        status: 'pending',
      };
      await db.outbox.add(row);
      await db.meta.put({ ...device, nextSeq: device.nextSeq + 1 });
      return row;
    });
  } catch (err) {
    if (err instanceof RecordError) throw err;
    const name =
      (err as { name?: string; inner?: { name?: string } }).inner?.name ??
      (err as { name?: string }).name;
    if (name === 'QuotaExceededError') throw new RecordError('QUOTA', 'storage full');
    throw new RecordError('STORAGE', err instanceof Error ? err.message : String(err));
  }
  opCommitted();
  opRecorded(started);
  announceNewOp();
  return op;
}

/** The envelope as sent on the wire (without the device's bookkeeping). */
export const envelopeOf = (op: OutboxOp) => ({
  opId: op.opId,
  deviceId: op.deviceId,
  seq: op.seq,
  type: op.type,
  v: op.v,
  userId: op.userId,
  warehouseId: op.warehouseId,
  at: op.at,
  baseVersion: op.baseVersion,
  payload: op.payload,
});
