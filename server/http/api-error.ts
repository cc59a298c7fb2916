// Errors the API answers with: an HTTP status and a machine code, rendered by the error
// handler as { error: { code, message, retryable } }.
import { retryableCodes, type ErrorCode } from '#core/errors.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get retryable(): boolean {
    return retryableCodes.has(this.code);
  }
}
