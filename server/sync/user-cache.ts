// Who an op may be attributed to (P14): the signed-in user, or a user whose session on this
// same device is live or ended (signed out, expired, ended by a supervisor) less than
// SIGNED_OUT_GRACE_MS ago, so scans queued before a sign-out still sync. An old sign-in on a
// shared device, or a user id seen in synced rows, is not enough. Loaded once per push batch.
import { ErrorCode } from '#core/errors.ts';
import type { Session } from '../auth/session.ts';
import { loadUser, type UserInfo } from '../auth/users.ts';
import type { Trx } from '../store/store.ts';
import { OpRejection } from './rejection.ts';

/** How long a worker's queued ops still sync from a device after their session there ended. */
export const SIGNED_OUT_GRACE_MS = 3 * 24 * 3600 * 1000;

export class UserCache {
  private readonly cache = new Map<string, UserInfo>();

  constructor(
    private readonly trx: Trx,
    private readonly session: Session,
    private readonly deviceId: string,
    private readonly now: number,
  ) {}

  async get(userId: string): Promise<UserInfo> {
    if (userId === this.session.user.id) return this.session.user;
    const cached = this.cache.get(userId);
    if (cached) return cached;
    const signedInHere = await this.trx
      .selectFrom('sessions')
      .select('id')
      .where('device_id', '=', this.deviceId)
      .where('user_id', '=', userId)
      .where('expires_at', '>', this.now - SIGNED_OUT_GRACE_MS)
      .where((eb) =>
        eb.or([
          eb('revoked_at', 'is', null),
          eb('revoked_at', '>', this.now - SIGNED_OUT_GRACE_MS),
        ]),
      )
      .executeTakeFirst();
    if (!signedInHere) {
      throw new OpRejection(
        ErrorCode.USER_NOT_ON_DEVICE,
        `User ${userId} has no recent sign-in on device ${this.deviceId}`,
      );
    }
    const user = await loadUser(this.trx, userId);
    if (!user) throw new OpRejection(ErrorCode.UNKNOWN_USER, `No user ${userId}`);
    this.cache.set(userId, user);
    return user;
  }
}
