// Request bodies are validated with the shared zod schemas; a bad body is a 400 with the reason.
import type { z } from 'zod';
import { z as zod } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from './api-error.ts';

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body);
  if (!r.success)
    throw new ApiError(
      400,
      ErrorCode.BAD_REQUEST,
      `Invalid request: ${zod.prettifyError(r.error)}`,
    );
  return r.data;
}
