// Push: send waiting ops in seq order, in bounded batches, one batch in flight; record the
// outcomes. A gap answer means the server lacks earlier ops (restored from backup): the ones
// still kept are queued again from the expected seq.
import { PROTOCOL_VERSION, type PushResponse } from '#core/protocol.ts';
import { db } from '../db/database.ts';
import { envelopeOf } from '../db/outbox.ts';
import { getSync } from '../db/meta.ts';
import type { SessionMeta } from '../db/meta-types.ts';
import { api, ApiFailure } from './api.ts';
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
    await requeueFrom(gap.expectedSeq, ops[0]!.seq);
  return pending.length > ops.length || gap !== undefined;
}

async function requeueFrom(expectedSeq: number, firstPending: number): Promise<void> {
  const kept = await db.outbox.where('seq').between(expectedSeq, firstPending).toArray();
  if (kept.length !== firstPending - expectedSeq) {
    throw new ApiFailure(
      409,
      'SERVER_MISSING_OPS',
      `The server lost ops ${expectedSeq}-${firstPending - 1} and this device no longer has them all`,
      false,
    );
  }
  await db.outbox.where('seq').between(expectedSeq, firstPending).modify({ status: 'pending' });
}
