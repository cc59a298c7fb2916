// Sign-in, sign-out and "who am I". A wrong password gets one clear code; repeated failures
// are slowed down (TOO_MANY_ATTEMPTS with the seconds to wait).
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '#core/errors.ts';
import { loginRequestSchema, type LoginResponse, type SessionUser } from '#core/protocol.ts';
import { bindDeviceKey } from '../auth/device-key.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { authenticate, createSession } from '../auth/session.ts';
import { attemptSucceeded, beginAttempt } from '../auth/login-throttle.ts';
import { loadUser, type UserInfo } from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { ApiError } from '../http/api-error.ts';
import { parseBody } from '../http/parse.ts';
import type { Store } from '../store/store.ts';

let dummy: Promise<string> | null = null;
const dummyHash = (): Promise<string> => (dummy ??= hashPassword('not a password of anyone'));

export function authRoutes(app: FastifyInstance, { store }: Deps): void {
  app.post('/api/auth/login', async (req) => {
    const body = parseBody(loginRequestSchema, req.body);
    const now = Date.now();
    const attempt = await beginAttempt(store, body.username, req.ip, now);
    if (attempt.waitMs > 0) {
      const seconds = Math.ceil(attempt.waitMs / 1000);
      throw new ApiError(
        429,
        ErrorCode.TOO_MANY_ATTEMPTS,
        `Too many failed sign-ins; try again in ${seconds} s`,
        { retryAfterSeconds: seconds },
      );
    }
    if (attempt.slowdownMs) await new Promise((r) => setTimeout(r, attempt.slowdownMs));
    const row = await store.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', body.username.trim().toLowerCase())
      .executeTakeFirst();
    // An unknown name costs the same hashing as a known one, so timing tells nothing.
    const ok = await verifyPassword(body.password, row?.password_hash ?? (await dummyHash()));
    if (!row || !ok || row.active !== 1) {
      throw new ApiError(401, ErrorCode.BAD_CREDENTIALS, 'Wrong user name or password');
    }
    await attemptSucceeded(store, body.username, req.ip);
    if (body.deviceId && body.deviceKey)
      await bindDeviceKey(store, {
        deviceId: body.deviceId,
        deviceKey: body.deviceKey,
        userId: row.id,
        now,
      });
    const user = (await loadUser(store.db, row.id))!;
    const { token, expiresAt } = await createSession(store, user.id, body.deviceId ?? null, now);
    const response: LoginResponse = { token, expiresAt, user: await sessionUser(store, user) };
    return response;
  });

  app.post('/api/auth/logout', async (req) => {
    const session = await authenticate(store, req);
    await store.db
      .updateTable('sessions')
      .set({ revoked_at: Date.now() })
      .where('id', '=', session.id)
      .execute();
    return { ok: true };
  });

  app.get('/api/auth/me', async (req) => {
    const session = await authenticate(store, req);
    return { user: await sessionUser(store, session.user) };
  });
}

async function sessionUser(store: Store, user: UserInfo): Promise<SessionUser> {
  const warehouses = user.warehouseIds.length
    ? await store.db
        .selectFrom('warehouses')
        .select(['id', 'name'])
        .where('id', 'in', user.warehouseIds)
        .orderBy('id')
        .execute()
    : [];
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    roles: user.roles,
    warehouses,
    mustChangePassword: user.mustChangePassword,
  };
}
