// Binds a device id to the device that first signed in with it: the first sign-in stores the
// sha256 of the device's key; later sign-ins with that id must bring the same key. Device ids
// travel in synced rows (claims, exceptions), so knowing one must not be enough to be it.
import { createHash, timingSafeEqual } from 'node:crypto';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';
import { limitsFromEnv } from '../http/limits.ts';
import type { Store } from '../store/store.ts';

const DAY_MS = 24 * 3600 * 1000;

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

export async function bindDeviceKey(
  store: Store,
  b: { deviceId: string; deviceKey: string; userId: string; now: number },
): Promise<void> {
  const keyHash = sha256(b.deviceKey);
  // Insert-or-keep, then compare: two first sign-ins racing agree on one key.
  const inserted = await store.db
    .insertInto('device_keys')
    .values({
      device_id: b.deviceId,
      key_hash: keyHash.toString('hex'),
      user_id: b.userId,
      created_at: b.now,
    })
    .onConflict((oc) => oc.column('device_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) await refuseTooManyNewDevices(store, b);
  const row = await store.db
    .selectFrom('device_keys')
    .select('key_hash')
    .where('device_id', '=', b.deviceId)
    .executeTakeFirstOrThrow();
  const stored = Buffer.from(row.key_hash, 'hex');
  if (stored.length !== keyHash.length || !timingSafeEqual(stored, keyHash)) {
    throw new ApiError(
      403,
      ErrorCode.DEVICE_KEY_MISMATCH,
      'This device id belongs to another device; a device signs in with its own id only',
    );
  }
}

/**
 * Each new device id makes a device row the console lists and samples (finding M11: 1,000 in
 * 5.7 s). Counted after the insert, so parallel sign-ins cannot all slip under the limit.
 */
async function refuseTooManyNewDevices(
  store: Store,
  b: { deviceId: string; userId: string; now: number },
): Promise<void> {
  const limit = limitsFromEnv().newDevicesPerUserPerDay;
  const row = await store.db
    .selectFrom('device_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', b.userId)
    .where('created_at', '>', b.now - DAY_MS)
    .executeTakeFirstOrThrow();
  if (Number(row.n) <= limit) return;
  await store.db.deleteFrom('device_keys').where('device_id', '=', b.deviceId).execute();
  throw new ApiError(
    403,
    ErrorCode.TOO_MANY_DEVICES,
    `${limit} new devices signed in as this user within a day; ask a supervisor`,
  );
}
