// What the device tells the server about itself with every push and pull.
import type { DeviceReport } from '#core/protocol.ts';
import { db } from '../db/database.ts';
import { getStatus } from '../db/meta.ts';

export const APP_VERSION = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

export async function buildReport(): Promise<DeviceReport> {
  const pending = await db.outbox.where('status').equals('pending').toArray();
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  const status = await getStatus();
  return {
    appVersion: APP_VERSION,
    pendingCount: pending.length,
    oldestPendingAt: pending.length ? Math.min(...pending.map((o) => o.at)) : null,
    // The server takes whole bytes and text without NUL only; a report it refuses blocks sync.
    storageUsed: wholeBytes(estimate?.usage),
    storageQuota: wholeBytes(estimate?.quota),
    lastError:
      status?.state === 'error'
        ? ((status.errorMessage ?? status.errorCode)?.replaceAll('\u0000', '').slice(0, 300) ??
          null)
        : null,
    sentAt: Date.now(),
  };
}

const wholeBytes = (n: number | undefined): number | null =>
  n === undefined || !Number.isFinite(n) ? null : Math.max(0, Math.round(n));
