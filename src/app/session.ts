// Signing in and out on the device. The session (token, user, warehouse) lives in IndexedDB so
// the app opens signed in with no network; waiting ops are never dropped by a sign-out.
import { useLiveQuery } from 'dexie-react-hooks';
import type { LoginResponse } from '#core/protocol.ts';
import { db } from '../db/database.ts';
import { deviceCredentials, getSession } from '../db/meta.ts';
import type { SessionMeta } from '../db/meta-types.ts';
import { api, ApiFailure } from '../sync/api.ts';
import { syncLoop } from '../sync/loop.ts';

export function useSession(): SessionMeta | null | undefined {
  return useLiveQuery(async () => (await getSession()) ?? null, [], undefined);
}

export async function signIn(username: string, password: string): Promise<LoginResponse> {
  const { deviceId, deviceKey } = await deviceCredentials();
  const res = await api<LoginResponse>(
    '/api/auth/login',
    { username, password, deviceId, deviceKey },
    null,
  );
  if (!res.user.warehouses.length) throw new ApiFailure(403, 'NO_WAREHOUSE', 'no warehouse', false);
  const previous = await getSession();
  const pendingWarehouses = new Set(
    (await db.outbox.where('status').equals('pending').toArray()).map((o) => o.warehouseId),
  );
  const keep =
    previous && res.user.warehouses.some((w) => w.id === previous.warehouseId)
      ? previous.warehouseId
      : null;
  const [onlyPending] = [...pendingWarehouses];
  const warehouseId = keep ?? onlyPending ?? res.user.warehouses[0]!.id;
  if (pendingWarehouses.size && !pendingWarehouses.has(warehouseId)) {
    throw new ApiFailure(409, 'WAREHOUSE_BUSY', [...pendingWarehouses].join(', '), false);
  }
  const session: SessionMeta = {
    key: 'session',
    token: res.token,
    expiresAt: res.expiresAt,
    user: res.user,
    warehouseId,
  };
  await db.meta.put(session);
  syncLoop.trigger(true);
  return res;
}

/** Switches warehouse; refused while ops for the current one are still waiting. */
export async function switchWarehouse(warehouseId: string): Promise<boolean> {
  const session = await getSession();
  if (!session || session.warehouseId === warehouseId) return true;
  const waiting = await db.outbox.where('status').equals('pending').count();
  if (waiting) return false;
  await db.meta.put({ ...session, warehouseId });
  syncLoop.trigger(true);
  return true;
}

export async function signOut(): Promise<void> {
  const session = await getSession();
  if (session) void api('/api/auth/logout', {}, session.token).catch(() => undefined);
  await db.meta.delete('session');
}
