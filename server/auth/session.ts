// Bearer sessions. The device keeps the token so it works offline after sign-in; the server
// keeps only its sha256. Sessions last a long shift and more, and can be revoked.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Store } from '../store/store.ts';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';
import { loadUser, type UserInfo } from './users.ts';

/** What a user whose password an administrator set may still do: set their own, or leave. */
const passwordChangeRoutes = new Set(['/api/auth/password', '/api/auth/me', '/api/auth/logout']);

export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

export interface Session {
  id: string;
  user: UserInfo;
  deviceId: string | null;
}

export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

export async function createSession(
  store: Store,
  userId: string,
  deviceId: string | null,
  now: number,
): Promise<{ token: string; expiresAt: number }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = now + SESSION_TTL_MS;
  await store.db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: userId,
      device_id: deviceId,
      created_at: now,
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/**
 * EventSource cannot send headers, so its streams alone take `?token=`; anywhere else a token
 * in the URL would end up in history and logs (finding minor 6).
 */
const streamRoutes: ReadonlySet<string> = new Set([
  '/api/sync/events',
  '/api/console/warehouses/:warehouseId/events',
]);

/** Reads the token from the Authorization header, or `?token=` on event streams. */
export function tokenOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  if (!streamRoutes.has(req.routeOptions.url ?? '')) return null;
  const q = (req.query as Record<string, unknown> | undefined)?.['token'];
  return typeof q === 'string' && q ? q : null;
}

export async function authenticate(
  store: Store,
  req: FastifyRequest,
  now = Date.now(),
): Promise<Session> {
  const token = tokenOf(req);
  if (!token) throw new ApiError(401, ErrorCode.UNAUTHENTICATED, 'Sign in first');
  const s = await store.db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', hashToken(token))
    .executeTakeFirst();
  if (!s)
    throw new ApiError(401, ErrorCode.UNAUTHENTICATED, 'This session is not valid; sign in again');
  const user = await loadUser(store.db, s.user_id);
  if (!user?.active)
    throw new ApiError(401, ErrorCode.USER_DEACTIVATED, 'This user was deactivated; sign-in ended');
  if (s.revoked_at !== null)
    throw new ApiError(401, ErrorCode.UNAUTHENTICATED, 'This session is not valid; sign in again');
  if (Number(s.expires_at) <= now)
    throw new ApiError(401, ErrorCode.SESSION_EXPIRED, 'The session expired; sign in again');
  if (user.mustChangePassword && !passwordChangeRoutes.has(req.routeOptions.url ?? ''))
    throw new ApiError(403, ErrorCode.PASSWORD_CHANGE_REQUIRED, 'Set a new password first');
  return { id: s.id, user, deviceId: s.device_id };
}
