// Administration bodies are checked with the shared schemas (src/core/admin.ts); a bad one is a
// 400 whose code names what is wrong and whose details name the field, so the console can point
// at it. Anything the mapping does not know stays BAD_REQUEST.
import { z, type ZodType } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';

const codeByField: Record<string, ErrorCode> = {
  username: ErrorCode.INVALID_USERNAME,
  name: ErrorCode.INVALID_NAME,
  warehouseName: ErrorCode.INVALID_NAME,
  roles: ErrorCode.INVALID_ROLES,
  warehouses: ErrorCode.INVALID_WAREHOUSE_ID,
  id: ErrorCode.INVALID_WAREHOUSE_ID,
  warehouseId: ErrorCode.INVALID_WAREHOUSE_ID,
  password: ErrorCode.INVALID_PASSWORD,
  currentPassword: ErrorCode.INVALID_PASSWORD,
  newPassword: ErrorCode.INVALID_PASSWORD,
  reason: ErrorCode.REASON_REQUIRED,
};

function codeFor(issue: z.core.$ZodIssue, body: unknown): ErrorCode {
  if (issue.code === 'unrecognized_keys') return ErrorCode.UNKNOWN_FIELD;
  const field = issue.path[0];
  if (typeof field === 'string' && codeByField[field]) return codeByField[field];
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (issue.code === 'custom' && isObject && Object.keys(body).length === 0)
    return ErrorCode.NOTHING_TO_CHANGE;
  return ErrorCode.BAD_REQUEST;
}

export function parseAdminBody<S extends ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  throw new ApiError(400, codeFor(issue, body), `Invalid request: ${z.prettifyError(r.error)}`, {
    field: issue.path.join('.') || null,
  });
}
