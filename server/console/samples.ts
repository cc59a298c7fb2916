// Per-minute samples of what a device holds unsent, for the console's chart over the shift. One
// upsert per report: the latest report of a minute wins, so the table grows by at most one row
// per device and minute however often it reports.
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
    do update set at = excluded.at, pending_count = excluded.pending_count,
                  oldest_pending_at = excluded.oldest_pending_at`.execute(trx);
}
