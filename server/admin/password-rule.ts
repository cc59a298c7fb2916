// The server side of the one password rule (src/core/admin.ts): a refused password is a 422
// WEAK_PASSWORD that says why, whoever chose it.
import { PASSWORD_MIN, passwordProblem } from '#core/admin.ts';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';

const why = {
  short: `A password needs at least ${PASSWORD_MIN} characters`,
  long: 'That password is too long',
  username: 'A password cannot be the user name',
} as const;

export function requireGoodPassword(password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw new ApiError(422, ErrorCode.WEAK_PASSWORD, why[problem], { reason: problem });
}
