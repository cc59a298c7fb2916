// Sign-in, sign-out and "who am I". A wrong password gets one clear code; repeated failures
// are slowed down (TOO_MANY_ATTEMPTS with the seconds to wait).
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '#core/errors.ts';
import { loginRequestSchema, type LoginResponse, type SessionUser } from '#core/protocol.ts';
import { bindDeviceKey } from '../auth/device-key.ts';
import { verifyPassword } from '../auth/password.ts';
import { authenticate, createSession } from '../auth/session.ts';
import { clearFailures, recordFailure, throttleKey, waitBeforeAttempt } from '../auth/throttle.ts';
import { loadUser, type UserInfo } from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { ApiError } from '../http/api-error.ts';
import { parseBody } from '../http/parse.ts';
import type { Store } from '../store/store.ts';

export function authRoutes(app: FastifyInstance, { store }: Deps): void {
  app.post('/api/auth/login', async (req) => {
    const body = parseBody(loginRequestSchema, req.body);
    const now = Date.now();
    const key = throttleKey(body.username);
    const wait = await waitBeforeAttempt(store, key, now);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ApiError(
        429,
        ErrorCode.TOO_MANY_ATTEMPTS,
        `Too many failed sign-ins; try again in ${seconds} s`,
        { retryAfterSeconds: seconds },
      );
    }
    const row = await store.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', body.username.trim().toLowerCase())
      .executeTakeFirst();
    const ok = row ? await verifyPassword(body.password, row.password_hash) : false;
    if (!row || !ok || row.active !== 1) {
      await recordFailure(store, key, now);
      throw new ApiError(401, ErrorCode.BAD_CREDENTIALS, 'Wrong user name or password');
    }
    await clearFailures(store, key);
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
