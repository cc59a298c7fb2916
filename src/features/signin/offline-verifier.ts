// The offline sign-in verifier (docs/picking.md K14): at every online sign-in the device keeps a
// slow PBKDF2-SHA-256 key of the password (random salt, 310 000 iterations), never the password
// itself. Offline, a worker who signed in here before is let in when the typed password derives
// the same key, at most MAX_TRIES wrong tries (then the key is wiped and only the server can let
// them in), and only until it expires.
import type { SessionUser } from '#core/protocol.ts';
import { db } from '../../db/database.ts';
import type { VerifierMeta } from '../../db/meta-types.ts';

export const ITERATIONS = 310_000;
export const MAX_TRIES = 5;
/** How long after the last online sign-in the device may let this worker in offline. */
export const OFFLINE_VALID_MS = 3 * 24 * 3600 * 1000;

const keyOf = (username: string) => `verifier:${username.trim().toLowerCase()}` as const;
const hex = (b: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, '0')).join('');
const unhex = (s: string) => new Uint8Array((s.match(/../g) ?? []).map((h) => parseInt(h, 16)));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    256,
  );
  return hex(bits);
}

/** Same length strings compared without an early exit. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export async function rememberVerifier(
  username: string,
  password: string,
  user: SessionUser,
  warehouseId: string,
  now = Date.now(),
): Promise<void> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const row: VerifierMeta = {
    key: keyOf(username),
    username: username.trim(),
    user,
    warehouseId,
    salt: hex(salt),
    hash: await derive(password, salt, ITERATIONS),
    iterations: ITERATIONS,
    failures: 0,
    expiresAt: now + OFFLINE_VALID_MS,
  };
  await db.meta.put(row);
}

export type OfflineVerdict =
  | { ok: true; user: SessionUser; warehouseId: string; expiresAt: number }
  | { ok: false; why: 'unknown' | 'expired' | 'locked' }
  | { ok: false; why: 'wrong'; triesLeft: number };

export async function checkOffline(
  username: string,
  password: string,
  now = Date.now(),
): Promise<OfflineVerdict> {
  const row = (await db.meta.get(keyOf(username))) as VerifierMeta | undefined;
  if (!row) return { ok: false, why: 'unknown' };
  if (row.failures >= MAX_TRIES) return { ok: false, why: 'locked' };
  if (row.expiresAt <= now) {
    await db.meta.delete(row.key);
    return { ok: false, why: 'expired' };
  }
  const hash = await derive(password, unhex(row.salt), row.iterations);
  if (sameHex(hash, row.hash)) {
    await db.meta.put({ ...row, failures: 0 });
    return { ok: true, user: row.user, warehouseId: row.warehouseId, expiresAt: row.expiresAt };
  }
  const failures = row.failures + 1;
  if (failures >= MAX_TRIES) {
    // The key is wiped; the row stays only to say why (the next online sign-in replaces it).
    await db.meta.put({ ...row, failures, hash: '', salt: '' });
    return { ok: false, why: 'locked' };
  }
  await db.meta.put({ ...row, failures });
  return { ok: false, why: 'wrong', triesLeft: MAX_TRIES - failures };
}

/** A deactivated user (seen on a pull) can no longer sign in offline on this device. */
export async function forgetVerifierOf(userId: string): Promise<void> {
  const rows = (await db.meta.toArray()).filter(
    (r): r is VerifierMeta =>
      r.key.startsWith('verifier:') && (r as VerifierMeta).user.id === userId,
  );
  await db.meta.bulkDelete(rows.map((r) => r.key));
}
