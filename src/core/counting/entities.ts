// Counting rows the server syncs to devices: count tasks (a set of locations to count, blind by
// default, with a tolerance) and each task's locations with their progress.
import { z } from 'zod';
import { codeSchema, isoDateSchema } from '../fields.ts';

/** cycle: planned by a supervisor; recount: requested by the server or a supervisor. */
export const countTaskKinds = ['cycle', 'recount'] as const;
export type CountTaskKind = (typeof countTaskKinds)[number];

export const countTaskStatuses = ['open', 'done', 'cancelled'] as const;

/** qty: units per item; valuePct: the item's variance value in percent of its book value. */
export const toleranceKinds = ['qty', 'valuePct'] as const;
export type ToleranceKind = (typeof toleranceKinds)[number];

export const toleranceSchema = z.object({
  kind: z.enum(toleranceKinds),
  value: z.number().int().min(0).max(1_000_000),
});
export type Tolerance = z.infer<typeof toleranceSchema>;

export const countTaskSchema = z.object({
  id: codeSchema,
  kind: z.enum(countTaskKinds),
  /** Blind: the device never shows the expected quantity. */
  blind: z.boolean(),
  /** A user id, or null for any counter. */
  assignedTo: z.string().nullable(),
  dueDate: isoDateSchema.nullable(),
  tolerance: toleranceSchema,
  status: z.enum(countTaskStatuses),
  /** For a recount: the variance it checks (null when stock moved during a count). */
  recountOf: z.string().nullable(),
  /** Users who may not do this task: a recount is done by a different counter. */
  notBy: z.array(z.string()),
  note: z.string(),
  createdAt: z.number(),
});
export type CountTask = z.infer<typeof countTaskSchema>;

export const countLocationStatuses = ['pending', 'counted', 'moved'] as const;
export type CountLocationStatus = (typeof countLocationStatuses)[number];

export const countTaskLocationSchema = z.object({
  /** `${task}|${location}` */
  key: z.string(),
  task: codeSchema,
  location: codeSchema,
  walkSeq: z.number().int(),
  status: z.enum(countLocationStatuses),
  countedBy: z.string().nullable(),
  countedAt: z.number().nullable(),
});
export type CountTaskLocation = z.infer<typeof countTaskLocationSchema>;

export const countLocationKey = (task: string, location: string): string => `${task}|${location}`;
