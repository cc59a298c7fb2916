// A user sets their own password: after an administrator set one (create or reset) this is
// the only thing their session may do. The current password must be right; the new one must
// follow the rule and differ from it.
import { ErrorCode } from '#core/errors.ts';
import { verifyPassword, hashPassword } from '../auth/password.ts';
import type { Session } from '../auth/session.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/store.ts';
import { auditAdmin } from './audit-admin.ts';
import { requireGoodPassword } from './password-rule.ts';

export async function changeOwnPassword(
  store: Store,
  session: Session,
  current: string,
  next: string,
): Promise<void> {
  const row = await store.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', session.user.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(current, row.password_hash)))
    throw new ApiError(403, ErrorCode.BAD_CREDENTIALS, 'The current password is wrong');
  requireGoodPassword(next, session.user.username);
  if (next === current)
    throw new ApiError(422, ErrorCode.WEAK_PASSWORD, 'Choose a password you did not use just now', {
      reason: 'same',
    });
  const hash = await hashPassword(next);
  const at = Date.now();
  await store.write(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 0 })
      .where('id', '=', session.user.id)
      .execute();
    await auditAdmin(trx, {
      by: session.user.id,
      at,
      action: 'password-change',
      targetKind: 'user',
      target: session.user.id,
      reason: null,
      data: { username: session.user.username },
      warehouses: session.user.warehouseIds,
    });
  });
}
