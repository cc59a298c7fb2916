// Push: send waiting ops in seq order, in bounded batches, one batch in flight; record the
// outcomes. A gap answer, or a pull whose lastSeq is behind what this device was answered,
// means the server lacks ops it had (restored from backup): everything after its lastSeq is
// sent again (resendAfter).
import { PROTOCOL_VERSION, type PushResponse } from '#core/protocol.ts';
import { db } from '../db/database.ts';
import { envelopeOf } from '../db/outbox.ts';
import { getDevice, getSync } from '../db/meta.ts';
import type { SessionMeta, SyncMeta } from '../db/meta-types.ts';
import type { OutboxOp } from '../db/outbox-types.ts';
import { api } from './api.ts';
import { buildReport } from './report.ts';
import { recordResults } from './results.ts';
import { takeBatch } from './push-batch.ts';

export const PUSH_BATCH = 200;

/** Pushes one batch; true when more ops are waiting. */
export async function pushBatch(session: SessionMeta, deviceId: string): Promise<boolean> {
  const pending = await db.outbox.where('status').equals('pending').sortBy('seq');
  const batch = takeBatch(pending, PUSH_BATCH);
  if (!batch.length) return false;
  const warehouseId = batch[0]!.warehouseId;
  const ops = batch.filter((op) => op.warehouseId === warehouseId).map(envelopeOf);
  const res = await api<PushResponse>(
    '/api/sync/push',
    { protocol: PROTOCOL_VERSION, deviceId, warehouseId, report: await buildReport(), ops },
    session.token,
  );
  const sync = await getSync();
  await recordResults(res.results, sync.baseVersion);
  const gap = res.results.find((r) => r.status === 'gap');
  if (gap?.expectedSeq !== undefined && gap.expectedSeq < ops[0]!.seq)
    await resendAfter(gap.expectedSeq - 1);
  return pending.length > ops.length || gap !== undefined;
}

/** Ops a restored server lost and this device no longer held: reported until a new epoch. */
export interface LostOps {
  /** "2-2": the seqs, as the device had numbered them. */
  range: string;
  epoch: string | null;
  at: number;
}
export type SyncWithLoss = SyncMeta & { lost?: LostOps };

export const lostOpsMessage = (lost: LostOps) =>
  `The server lost ops ${lost.range} and this device no longer has them all`;

/** The highest seq this device was told the server holds (0 when it knows of none). */
export async function highestAnswered(): Promise<number> {
  const sync = await getSync();
  const answered = await db.outbox.where('status').noneOf(['pending']).primaryKeys();
  return Math.max(sync.resultsAfter, ...answered, 0);
}

/**
 * The server holds this device's ops up to `lastSeq` only: every op after it is sent again.
 * Ops the device no longer holds (past the retention) cannot be: they are recorded as lost,
 * reported, and the ops after them are numbered on from `lastSeq`, so the queue never waits
 * for ops that will not come (the server applies seqs without gaps, P4).
 */
export async function resendAfter(lastSeq: number): Promise<void> {
  await db.transaction('rw', db.meta, db.outbox, async () => {
    const device = await getDevice();
    const sync = (await getSync()) as SyncWithLoss;
    const after = await db.outbox.where('seq').above(lastSeq).sortBy('seq');
    const held = new Set(after.map((o) => o.seq));
    const missing: number[] = [];
    for (let s = lastSeq + 1; s < device.nextSeq; s++) if (!held.has(s)) missing.push(s);
    const again = after.map(
      ({ version: _v, code: _c, message: _m, exceptions: _x, answeredAt: _a, ...op }, i) =>
        ({ ...op, seq: lastSeq + 1 + i, status: 'pending' }) satisfies OutboxOp,
    );
    await db.outbox.bulkDelete(after.map((o) => o.seq));
    await db.outbox.bulkAdd(again);
    await db.meta.put({ ...device, nextSeq: lastSeq + 1 + again.length });
    const next: SyncWithLoss = { ...sync, resultsAfter: Math.min(sync.resultsAfter, lastSeq) };
    if (missing.length)
      next.lost = {
        range: `${missing[0]}-${missing.at(-1)}`,
        epoch: sync.epoch,
        at: Date.now(),
      };
    await db.meta.put(next);
  });
}
