// An op that cannot mean anything (malformed, unknown item, role not allowed) is rejected with a
// code. Handlers throw OpRejection; the push loop records it and moves on (P5).
import type { ErrorCode } from '#core/errors.ts';

export class OpRejection extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OpRejection';
  }
}

/** Database trouble that may pass: the batch is abandoned and the device retries it. */
export function isTransientDbError(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return false;
  return (
    code.startsWith('SQLITE_BUSY') ||
    code.startsWith('SQLITE_LOCKED') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'SQLITE_FULL' ||
    code.startsWith('08') || // PostgreSQL connection exceptions
    code === '40001' ||
    code === '40P01' ||
    code === '57P01' ||
    code === '53300' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET'
  );
}
