// Sign-in that works at a shift change in a dead zone (docs/picking.md K14). Online it is the
// ordinary sign-in, and the device keeps a slow verifier of the password. With no server, a
// worker who signed in on this device before is let in against that verifier: their ops are
// recorded as them, and nothing is sent until the server answers. The password is then held in
// memory only (never stored) to sign in for real as soon as the server is back, so the waiting
// ops go under this worker's own session; the server still accepts them only under its device
// rules (this user signed in on this device before).
import { ApiFailure } from '../../sync/api.ts';
import { signIn } from '../../app/session.ts';
import { db } from '../../db/database.ts';
import { syncLoop } from '../../sync/loop.ts';
import { getSession } from '../../db/meta.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { checkOffline, rememberVerifier, type OfflineVerdict } from './offline-verifier.ts';

/** Why an offline sign-in was refused; the screen words each. */
export class OfflineRefused extends Error {
  constructor(readonly verdict: Exclude<OfflineVerdict, { ok: true }>) {
    super(`offline sign-in refused: ${verdict.why}`);
  }
}

let waiting: { username: string; password: string } | null = null;
let timer: ReturnType<typeof setInterval> | null = null;

function stopUpgrade(): void {
  if (timer) clearInterval(timer);
  timer = null;
  waiting = null;
}

/** Tries the real sign-in for the worker let in offline; stops on success or a refusal. */
async function upgrade(): Promise<void> {
  const w = waiting;
  if (!w || !navigator.onLine) return;
  const session = await getSession();
  const same = session?.user.username.toLowerCase() === w.username.toLowerCase();
  if (!session || session.token !== '' || !same) return stopUpgrade();
  try {
    await signInOnline(w.username, w.password);
    stopUpgrade();
  } catch (err) {
    // Still no server: try again later. Refused (password changed, user deactivated): the
    // badge says "Sign in to sync" and the ops wait for a real sign-in.
    if (!(err instanceof ApiFailure) || err.code !== 'NETWORK') stopUpgrade();
  }
}

async function signInOnline(username: string, password: string): Promise<void> {
  const res = await signIn(username, password);
  const session = await getSession();
  if (session) await rememberVerifier(username, password, res.user, session.warehouseId);
}

/** 'online' or 'offline': how the worker got in. Throws ApiFailure or OfflineRefused. */
export async function signInAnywhere(
  username: string,
  password: string,
): Promise<'online' | 'offline'> {
  try {
    await signInOnline(username, password);
    stopUpgrade();
    return 'online';
  } catch (err) {
    if (!(err instanceof ApiFailure) || err.code !== 'NETWORK') throw err;
  }
  const verdict = await checkOffline(username, password);
  if (!verdict.ok) throw new OfflineRefused(verdict);
  // No token: nothing is sent under this session; the real sign-in replaces it when it can.
  const session: SessionMeta = {
    key: 'session',
    token: '',
    expiresAt: verdict.expiresAt,
    user: verdict.user,
    warehouseId: verdict.warehouseId,
  };
  await db.meta.put(session);
  // The loop notices the session (and says "Offline" rather than "Sign in to sync").
  syncLoop.trigger(true);
  waiting = { username: username.trim(), password };
  if (!timer) timer = setInterval(() => void upgrade(), 2000);
  window.addEventListener('online', () => void upgrade(), { once: true });
  return 'offline';
}
