// Field schemas shared by every entity and op: codes, dates, lots. Kept apart from entities.ts
// so task entity files (src/core/<task>/entities.ts) can use them without an import cycle.
import { z } from 'zod';

/** SKU, location and document codes: printable, no separators the stock key uses. */
export const codeSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._/#-]*$/, 'letters, digits, space and . _ / # - only');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a real date');

export const lotSchema = z.string().max(20);
