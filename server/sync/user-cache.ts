// Who an op may be attributed to (P14): the signed-in user, or anyone who signed in on this
// device before. Loaded once per push batch.
import { ErrorCode } from '#core/errors.ts';
import type { Session } from '../auth/session.ts';
import { loadUser, type UserInfo } from '../auth/users.ts';
import type { Trx } from '../store/store.ts';
import { OpRejection } from './rejection.ts';

export class UserCache {
  private readonly cache = new Map<string, UserInfo>();

  constructor(
    private readonly trx: Trx,
    private readonly session: Session,
    private readonly deviceId: string,
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
      .executeTakeFirst();
    if (!signedInHere) {
      throw new OpRejection(
        ErrorCode.USER_NOT_ON_DEVICE,
        `User ${userId} never signed in on device ${this.deviceId}`,
      );
    }
    const user = await loadUser(this.trx, userId);
    if (!user) throw new OpRejection(ErrorCode.UNKNOWN_USER, `No user ${userId}`);
    this.cache.set(userId, user);
    return user;
  }
}
