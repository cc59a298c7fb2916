// Device rows: identity, lastSeq, and what each device last told us about itself (waiting ops,
// storage, clock), which the supervisor console shows.
import { ErrorCode } from '#core/errors.ts';
import type { DeviceReport } from '#core/protocol.ts';
import type { Session } from '../auth/session.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store, Trx } from '../store/store.ts';
import { recordSample } from '../console/samples.ts';

export interface DeviceIdentity {
  deviceId: string;
  warehouseId: string;
  report: DeviceReport;
}

/** Creates the device on first contact, locks its row, refuses a revoked one. */
export async function ensureDevice(
  store: Store,
  trx: Trx,
  session: Session,
  req: DeviceIdentity,
  now: number,
): Promise<{ lastSeq: number }> {
  await trx
    .insertInto('devices')
    .values({
      id: req.deviceId,
      user_id: session.user.id,
      warehouse_id: req.warehouseId,
      last_seq: 0,
      app_version: req.report.appVersion,
      first_seen_at: now,
      last_seen_at: now,
      last_push_at: null,
      pending_count: req.report.pendingCount,
      oldest_pending_at: req.report.oldestPendingAt,
      clock_offset_ms: 0,
      storage_used: req.report.storageUsed,
      storage_quota: req.report.storageQuota,
      last_error: req.report.lastError,
      revoked_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  await store.lockDevice(trx, req.deviceId);
  const row = await trx
    .selectFrom('devices')
    .select(['last_seq', 'revoked_at'])
    .where('id', '=', req.deviceId)
    .executeTakeFirstOrThrow();
  if (row.revoked_at !== null)
    throw new ApiError(403, ErrorCode.DEVICE_REVOKED, 'This device was revoked by a supervisor');
  return { lastSeq: Number(row.last_seq) };
}

export async function recordDeviceReport(
  trx: Trx,
  deviceId: string,
  r: {
    lastSeq?: number;
    report: DeviceReport;
    now: number;
    pushed: boolean;
    userId?: string;
    warehouseId?: string;
  },
): Promise<void> {
  await trx
    .updateTable('devices')
    .set({
      ...(r.lastSeq !== undefined ? { last_seq: r.lastSeq } : {}),
      ...(r.pushed ? { last_push_at: r.now } : {}),
      ...(r.userId ? { user_id: r.userId } : {}),
      ...(r.warehouseId ? { warehouse_id: r.warehouseId } : {}),
      last_seen_at: r.now,
      app_version: r.report.appVersion,
      pending_count: r.report.pendingCount,
      oldest_pending_at: r.report.oldestPendingAt,
      clock_offset_ms: r.report.sentAt - r.now,
      storage_used: r.report.storageUsed,
      storage_quota: r.report.storageQuota,
      last_error: r.report.lastError,
    })
    .where('id', '=', deviceId)
    .execute();
  await recordSample(trx, deviceId, r.report, r.now);
}
