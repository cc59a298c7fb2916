// Field schemas shared by every entity and op: codes, dates, lots, text. Kept apart from
// entities.ts so task entity files (src/core/<task>/entities.ts) can use them without an import
// cycle.
import { z } from 'zod';

/** NUL cannot be stored by PostgreSQL and means nothing on the floor: refused in every string. */
export const hasNoNul = (s: string): boolean => !s.includes('\u0000');
export const NO_NUL_MESSAGE = 'must not contain NUL characters';

/** A string of at most `max` characters without NUL. */
export const text = (max: number) => z.string().max(max).refine(hasNoNul, NO_NUL_MESSAGE);

/** SKU, location and document codes: printable, no separators the stock key uses. */
export const codeSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/#-]*$/, 'letters, digits, space and . _ / # - only');

/** True for a YYYY-MM-DD that names a day of the calendar (no 2024-13-45, no 2026-02-30). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real date');

/** An expiry on an op or a stock row: a real date, or '' for none. */
export const expirySchema = z.union([z.literal(''), isoDateSchema]);

export const lotSchema = text(20);

/** Integers the server stores in 64-bit columns and JavaScript holds exactly. */
export const safeInt = () =>
  z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
