// The devices table of the console: every device that synced in a warehouse, what it last told
// us about itself (as of when), and whether it is online now or at risk (silent in the shift).
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { atRisk, type ConsoleTiming } from './timing.ts';
import type { ConsoleDevice } from '#core/console-wire.ts';

export type { ConsoleDevice };

export async function listDevices(
  db: Kysely<Database>,
  warehouseId: string,
  timing: ConsoleTiming,
  now: number,
  deviceId?: string,
): Promise<ConsoleDevice[]> {
  let q = db
    .selectFrom('devices as d')
    .leftJoin('users as u', 'u.id', 'd.user_id')
    .leftJoin('device_labels as l', 'l.device_id', 'd.id')
    .selectAll('d')
    .select(['u.name as user_name', 'l.label'])
    .where('d.warehouse_id', '=', warehouseId);
  if (deviceId) q = q.where('d.id', '=', deviceId);
  const rows = await q.orderBy('d.last_seen_at', 'desc').execute();
  return rows.map((d) => {
    const lastSeenAt = Number(d.last_seen_at);
    const pendingCount = Number(d.pending_count);
    const silent = now - lastSeenAt;
    const revokedAt = d.revoked_at === null ? null : Number(d.revoked_at);
    return {
      id: d.id,
      userId: d.user_id,
      userName: d.user_name ?? d.user_id,
      appVersion: d.app_version,
      firstSeenAt: Number(d.first_seen_at),
      lastSeenAt,
      lastPushAt: d.last_push_at === null ? null : Number(d.last_push_at),
      lastSeq: Number(d.last_seq),
      pendingCount,
      oldestPendingAt: d.oldest_pending_at === null ? null : Number(d.oldest_pending_at),
      clockOffsetMs: Number(d.clock_offset_ms),
      storageUsed: d.storage_used === null ? null : Number(d.storage_used),
      storageQuota: d.storage_quota === null ? null : Number(d.storage_quota),
      lastError: d.last_error,
      revokedAt,
      label: d.label ?? null,
      online: revokedAt === null && silent <= timing.onlineMs,
      stale: atRisk(timing, { revokedAt, pendingCount }, silent),
    };
  });
}

export interface SampleSeries {
  deviceId: string;
  points: { at: number; pending: number; oldestAgeMs: number | null }[];
}

/** Waiting ops per device over the shift: the per-minute samples since `since`. */
export async function deviceSamples(
  db: Kysely<Database>,
  warehouseId: string,
  since: number,
): Promise<SampleSeries[]> {
  const rows = await db
    .selectFrom('device_samples as s')
    .innerJoin('devices as d', 'd.id', 's.device_id')
    .select(['s.device_id', 's.at', 's.pending_count', 's.oldest_pending_at'])
    .where('d.warehouse_id', '=', warehouseId)
    .where('s.minute', '>=', Math.floor(since / 60_000))
    .orderBy('s.device_id')
    .orderBy('s.minute')
    .execute();
  const byDevice = new Map<string, SampleSeries>();
  for (const r of rows) {
    let s = byDevice.get(r.device_id);
    if (!s) byDevice.set(r.device_id, (s = { deviceId: r.device_id, points: [] }));
    const at = Number(r.at);
    s.points.push({
      at,
      pending: Number(r.pending_count),
      oldestAgeMs: r.oldest_pending_at === null ? null : at - Number(r.oldest_pending_at),
    });
  }
  return [...byDevice.values()];
}
