// Turns an uploaded file (a JSON array, or CSV with a header row) into records that remember
// their line, so every error can name the line it came from.
import { parse } from 'csv-parse/sync';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';

export interface SourceRecord {
  /** CSV: the file line; JSON: the 1-based position in the array. */
  line: number;
  fields: Record<string, unknown>;
}

export function recordsFrom(body: unknown, contentType: string | undefined): SourceRecord[] {
  if (typeof body === 'string' || contentType?.includes('csv')) return csvRecords(String(body));
  const list = Array.isArray(body) ? body : (body as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(list)) {
    throw new ApiError(
      400,
      ErrorCode.BAD_REQUEST,
      'Send a JSON array of rows (or { "rows": [...] }), or CSV with a header row',
    );
  }
  return list.map((fields, i) => {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      throw new ApiError(
        422,
        ErrorCode.IMPORT_INVALID,
        `Row ${i + 1} is not an object; nothing was imported`,
        {
          rows: [{ line: i + 1, message: 'not an object' }],
        },
      );
    }
    return { line: i + 1, fields: fields as Record<string, unknown> };
  });
}

function csvRecords(text: string): SourceRecord[] {
  refuseNul(text);
  try {
    const rows = parse<Record<string, string>>(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      info: true,
    }) as unknown as { record: Record<string, string>; info: { lines: number } }[];
    return rows.map(({ record, info }) => ({ line: info.lines, fields: record }));
  } catch (err) {
    const e = err as { message?: string; lines?: number };
    throw new ApiError(
      422,
      ErrorCode.IMPORT_INVALID,
      `The CSV cannot be read: ${e.message ?? 'malformed'}; nothing was imported`,
      {
        rows: [{ line: e.lines ?? 0, message: e.message ?? 'malformed CSV' }],
      },
    );
  }
}

/** CSV booleans: yes/no, true/false, 1/0, y/n; blank is false. */
export function csvBool(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  if (['', '0', 'no', 'n', 'false'].includes(s)) return false;
  if (['1', 'yes', 'y', 'true'].includes(s)) return true;
  return v;
}

/** CSV numbers stay strings until zod coerces them, so "12x" is reported, not NaN. */
export function csvInt(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  return /^-?\d+$/.test(s) ? Number(s) : s === '' ? undefined : v;
}

export const blankToNull = (v: unknown): unknown =>
  typeof v === 'string' && v.trim() === '' ? null : v;

/** A NUL cannot be stored (PostgreSQL) and is never meant: the file is refused with its line. */
function refuseNul(text: string): void {
  const at = text.indexOf('\u0000');
  if (at < 0) return;
  const line = text.slice(0, at).split('\n').length;
  throw new ApiError(
    422,
    ErrorCode.IMPORT_INVALID,
    `Line ${line} holds a NUL character; nothing was imported`,
    { rows: [{ line, message: 'a NUL character' }] },
  );
}
