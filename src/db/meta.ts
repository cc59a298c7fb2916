// Typed access to the meta rows: device identity, sync cursor, session, sync status.
import { db } from './database.ts';
import type { DeviceMeta, SessionMeta, StatusMeta, SyncMeta } from './meta-types.ts';

export const emptySync = (): SyncMeta => ({
  key: 'sync',
  warehouseId: null,
  epoch: null,
  cursor: null,
  baseVersion: 0,
  resultsAfter: 0,
  snapshot: null,
  lastSyncedAt: null,
  clockOffsetMs: null,
});

/** Creates the device identity on first start. A wiped database gets a new id: never reuse seqs. */
export async function ensureDevice(): Promise<DeviceMeta> {
  return db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get('device')) as DeviceMeta | undefined;
    if (existing) return existing;
    const device: DeviceMeta = {
      key: 'device',
      deviceId: crypto.randomUUID(),
      deviceKey: newDeviceKey(),
      nextSeq: 1,
      createdAt: Date.now(),
    };
    await db.meta.put(device);
    await db.meta.put(emptySync());
    return device;
  });
}

const newDeviceKey = (): string => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

/** The device id and the key that proves it, made on first use for devices older than keys. */
export async function deviceCredentials(): Promise<{ deviceId: string; deviceKey: string }> {
  return db.transaction('rw', db.meta, async () => {
    const device = (await db.meta.get('device')) as DeviceMeta;
    if (device.deviceKey) return { deviceId: device.deviceId, deviceKey: device.deviceKey };
    const deviceKey = newDeviceKey();
    await db.meta.put({ ...device, deviceKey });
    return { deviceId: device.deviceId, deviceKey };
  });
}

export const getDevice = async (): Promise<DeviceMeta> =>
  (await db.meta.get('device')) as DeviceMeta;
export const getSync = async (): Promise<SyncMeta> =>
  ((await db.meta.get('sync')) as SyncMeta | undefined) ?? emptySync();
export const getSession = async (): Promise<SessionMeta | undefined> =>
  (await db.meta.get('session')) as SessionMeta | undefined;
export const getStatus = async (): Promise<StatusMeta | undefined> =>
  (await db.meta.get('status')) as StatusMeta | undefined;

export async function setStatus(s: Omit<StatusMeta, 'key' | 'at'>): Promise<void> {
  const prev = await getStatus();
  if (
    prev &&
    prev.state === s.state &&
    prev.errorCode === s.errorCode &&
    prev.errorMessage === s.errorMessage
  )
    return;
  await db.meta.put({ key: 'status', at: Date.now(), ...s });
}
