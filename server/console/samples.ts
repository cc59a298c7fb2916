// Per-minute samples of what a device holds unsent, for the console's chart over the shift. One
// upsert per report keeps the most the device held in that minute (and the oldest waiting op):
// a heartbeat of 0 right after a 362-op sync must not wipe the 362 from the chart.
import { sql } from 'kysely';
import type { DeviceReport } from '#core/protocol.ts';
import type { Trx } from '../store/store.ts';

export async function recordSample(
  trx: Trx,
  deviceId: string,
  report: DeviceReport,
  now: number,
): Promise<void> {
  await sql`
    insert into device_samples (device_id, minute, at, pending_count, oldest_pending_at)
    values (${deviceId}, ${Math.floor(now / 60_000)}, ${now}, ${report.pendingCount}, ${report.oldestPendingAt})
    on conflict (device_id, minute)
    do update set
      at = excluded.at,
      pending_count = case when excluded.pending_count > device_samples.pending_count
        then excluded.pending_count else device_samples.pending_count end,
      oldest_pending_at = case
        when device_samples.oldest_pending_at is null then excluded.oldest_pending_at
        when excluded.oldest_pending_at is null then device_samples.oldest_pending_at
        when excluded.oldest_pending_at < device_samples.oldest_pending_at
          then excluded.oldest_pending_at
        else device_samples.oldest_pending_at end`.execute(trx);
}
