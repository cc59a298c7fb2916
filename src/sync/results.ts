// Recording what the server did with our ops, from push answers and from pull (P8). An
// applied op stays on top of base ("acked") until base reaches its version (P15).
import type { OpResult } from '#core/protocol.ts';
import { db } from '../db/database.ts';
import type { OutboxOp } from '../db/outbox-types.ts';

export async function recordResults(
  results: readonly OpResult[],
  baseVersion: number,
  now = Date.now(),
): Promise<void> {
  if (!results.length) return;
  await db.transaction('rw', db.outbox, async () => {
    for (const r of results) {
      if (r.status === 'gap') continue;
      const op = await db.outbox.get(r.seq);
      if (op?.opId !== r.opId) continue;
      if (op.status === 'acked' || op.status === 'done') continue;
      const outcome = r.status === 'duplicate' ? r.original : r.status;
      if (outcome === 'rejected' || r.code === 'DEVICE_ID_CLASH') {
        await db.outbox.update(r.seq, {
          status: 'rejected',
          code: r.code ?? 'OP_FAILED',
          message: r.message ?? '',
          answeredAt: now,
        });
      } else if (outcome === 'applied') {
        const version = r.version ?? 0;
        const patch: Partial<OutboxOp> = {
          status: version <= baseVersion ? 'done' : 'acked',
          version,
          answeredAt: now,
        };
        if (r.exceptions?.length) patch.exceptions = r.exceptions;
        await db.outbox.update(r.seq, patch);
      }
    }
  });
}

/** Called inside the pull transaction: acked ops whose version base now includes leave the overlay. */
export async function settleAcked(baseVersion: number): Promise<void> {
  await db.outbox
    .where('status')
    .equals('acked')
    .filter((op) => (op.version ?? 0) <= baseVersion)
    .modify({ status: 'done' });
}

const RETAIN_DONE_MS = 7 * 24 * 3600 * 1000;

/** Confirmed ops are kept a week, so a server restored from backup can get them again. */
export async function purgeOldDone(now = Date.now()): Promise<void> {
  await db.outbox
    .where('status')
    .equals('done')
    .filter((op) => (op.answeredAt ?? now) < now - RETAIN_DONE_MS)
    .delete();
}
