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
    storageUsed: estimate?.usage ?? null,
    storageQuota: estimate?.quota ?? null,
    lastError:
      status?.state === 'error'
        ? ((status.errorMessage ?? status.errorCode)?.slice(0, 300) ?? null)
        : null,
    sentAt: Date.now(),
  };
}
