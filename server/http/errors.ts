// One error handler for the whole API: every failure becomes { error: { code, message,
// retryable } } with a fitting status. Never a stack trace to the client.
import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError, z } from 'zod';
import { ErrorCode, type ErrorBody } from '#core/errors.ts';
import { isTransientDbError } from '../sync/rejection.ts';
import { ApiError } from './api-error.ts';

export const errorBody = (
  code: ErrorCode,
  message: string,
  retryable = false,
  details?: unknown,
): ErrorBody => ({
  error: { code, message, retryable, ...(details === undefined ? {} : { details }) },
});

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    if (err instanceof ApiError) {
      const wait = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
      if (typeof wait === 'number') void reply.header('retry-after', String(wait));
      return reply
        .status(err.status)
        .send(errorBody(err.code, err.message, err.retryable, err.details));
    }
    if (err instanceof ZodError) {
      return reply
        .status(400)
        .send(errorBody(ErrorCode.BAD_REQUEST, `Invalid request: ${z.prettifyError(err)}`));
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply
        .status(413)
        .send(errorBody(ErrorCode.BODY_TOO_LARGE, 'The request body is too large'));
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send(
          errorBody(
            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            'Send JSON (or CSV where the route accepts it)',
          ),
        );
    }
    if (
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      err instanceof SyntaxError
    ) {
      return reply
        .status(400)
        .send(errorBody(ErrorCode.BAD_REQUEST, 'The request body is not valid JSON'));
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send(errorBody(ErrorCode.BAD_REQUEST, fe.message));
    }
    if (isTransientDbError(err)) {
      req.log.warn({ err }, 'transient database error');
      return reply
        .status(503)
        .send(errorBody(ErrorCode.UNAVAILABLE, 'The database is busy; try again shortly', true));
    }
    if (isDataException(err)) {
      // The database refused a value no schema caught: the request is wrong, not the server.
      req.log.warn({ err }, 'database refused a value');
      return reply
        .status(400)
        .send(errorBody(ErrorCode.BAD_REQUEST, 'The request holds a value that cannot be stored'));
    }
    req.log.error({ err }, 'unhandled error');
    return reply
      .status(500)
      .send(errorBody(ErrorCode.INTERNAL, 'Something went wrong on the server', true));
  });
}

/** PostgreSQL class 22 (data exception: NUL in text, a number out of range, a bad date). */
function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}
