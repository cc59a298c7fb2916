// Request bodies are validated with the shared zod schemas; a bad body is a 400 with the reason.
import type { z } from 'zod';
import { z as zod } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { NO_NUL_MESSAGE } from '#core/fields.ts';
import { ApiError } from './api-error.ts';
import { nulIn } from './body-guard.ts';

/**
 * Also refuses a NUL in any string the schema let through (finding M8), unless the schema
 * leaves some values to a later check (`nul: 'schema'`: push, whose op payloads are judged
 * one op at a time).
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  opts: { nul?: 'refuse' | 'schema' } = {},
): z.infer<S> {
  const r = schema.safeParse(body);
  if (!r.success)
    throw new ApiError(
      400,
      ErrorCode.BAD_REQUEST,
      `Invalid request: ${zod.prettifyError(r.error)}`,
    );
  const where = opts.nul === 'schema' ? null : nulIn(r.data, 'body');
  if (where) throw new ApiError(400, ErrorCode.BAD_REQUEST, `Text ${NO_NUL_MESSAGE} (${where})`);
  return r.data;
}
