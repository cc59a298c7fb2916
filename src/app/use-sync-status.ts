// The sync state the badge and the status screen show, from the leader tab's status row, the
// outbox, and the browser's online flag.
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { db } from '../db/database.ts';
import { getStatus, getSync } from '../db/meta.ts';
import type { StatusMeta, SyncMeta } from '../db/meta-types.ts';

export interface SyncView {
  online: boolean;
  status: StatusMeta | undefined;
  sync: SyncMeta | undefined;
  pendingCount: number;
  oldestPendingAt: number | null;
  rejectedCount: number;
  /** Applied by the server, not yet in this device's base: the device is still catching up. */
  ackedCount: number;
}

function useOnline(): boolean {
  return useSyncExternalStore(
    (fn) => {
      window.addEventListener('online', fn);
      window.addEventListener('offline', fn);
      return () => {
        window.removeEventListener('online', fn);
        window.removeEventListener('offline', fn);
      };
    },
    () => navigator.onLine,
  );
}

export function useSyncView(): SyncView {
  const online = useOnline();
  const data = useLiveQuery(async () => {
    const pending = await db.outbox.where('status').equals('pending').toArray();
    return {
      status: await getStatus(),
      sync: await getSync(),
      pendingCount: pending.length,
      oldestPendingAt: pending.length ? Math.min(...pending.map((o) => o.at)) : null,
      rejectedCount: await db.outbox.where('status').equals('rejected').count(),
      ackedCount: await db.outbox.where('status').equals('acked').count(),
    };
  }, []);
  return {
    online,
    status: data?.status,
    sync: data?.sync,
    pendingCount: data?.pendingCount ?? 0,
    oldestPendingAt: data?.oldestPendingAt ?? null,
    rejectedCount: data?.rejectedCount ?? 0,
    ackedCount: data?.ackedCount ?? 0,
  };
}

export type BadgeState = 'offline' | 'syncing' | 'upToDate' | 'waiting' | 'error' | 'signedOut';

export function badgeState(v: SyncView): BadgeState {
  if (v.status?.state === 'signed-out') return 'signedOut';
  if (!v.online || v.status?.state === 'offline') return 'offline';
  if (v.status?.state === 'error') return 'error';
  if (v.status?.state === 'syncing') return 'syncing';
  if (v.pendingCount) return 'waiting';
  return v.ackedCount ? 'syncing' : 'upToDate';
}

/**
 * The device has a network but the server does not answer (down, or the Wi-Fi has no way to
 * it): told apart from "offline" in words, since the worker can do something different.
 */
export const serverUnreachable = (v: SyncView): boolean =>
  v.online && v.status?.state === 'offline' && v.status.errorCode === 'NETWORK';
