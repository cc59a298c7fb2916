// Picking rows the server syncs to devices: pick lists (one order, or a batch of orders picked
// in one walk into one tote per order) and their lines with progress.
import { z } from 'zod';
import { codeSchema, lotSchema } from '../fields.ts';

export const pickListKinds = ['single', 'batch'] as const;
export type PickListKind = (typeof pickListKinds)[number];

export const pickListStatuses = ['open', 'claimed', 'complete'] as const;
export type PickListStatus = (typeof pickListStatuses)[number];

export const pickLineStatuses = ['open', 'picked', 'short'] as const;
export type PickLineStatus = (typeof pickLineStatuses)[number];

/** Why a line was closed short: the location was empty, the units damaged, or not found. */
export const shortReasons = ['empty', 'damaged', 'not_found'] as const;
export type ShortReason = (typeof shortReasons)[number];

/** Why a picker left a line for someone else: blocked, out of reach (ladder, truck), too heavy. */
export const deferReasons = ['blocked', 'out_of_reach', 'too_heavy'] as const;
export type DeferReason = (typeof deferReasons)[number];

export const pickOrderSchema = z.object({
  order: codeSchema,
  /** The tote this order's units go into; null for a single-order list picked without one. */
  tote: codeSchema.nullable(),
});
export type PickOrder = z.infer<typeof pickOrderSchema>;

export const pickListSchema = z.object({
  number: codeSchema,
  barcode: z.string().min(1).max(48),
  kind: z.enum(pickListKinds),
  orders: z.array(pickOrderSchema).min(1),
  /** The picker the office assigned the list to (user id); null: open to anyone. */
  assignedTo: z.string().nullable(),
  status: z.enum(pickListStatuses),
  /** Who holds the list: the first claim the server applied. */
  claimedBy: z.string().nullable(),
  claimedDevice: z.string().nullable(),
  claimedAt: z.number().nullable(),
  completedBy: z.string().nullable(),
  completedAt: z.number().nullable(),
  createdAt: z.number(),
  /** The last release of a claim (by its picker or a supervisor), for the console and the device. */
  releasedBy: z.string().nullable().default(null),
  releasedAt: z.number().nullable().default(null),
});
export type PickList = z.infer<typeof pickListSchema>;

export const pickLineSchema = z.object({
  /** `${list}|${line}` */
  key: z.string(),
  list: codeSchema,
  line: z.number().int().min(1),
  order: codeSchema,
  tote: codeSchema.nullable(),
  sku: codeSchema,
  /** The source location the units are picked from. */
  location: codeSchema,
  qty: z.number().int().min(1),
  /** Every unit picked against the line, by any device (may exceed qty: an over-pick). */
  pickedQty: z.number().int().min(0),
  status: z.enum(pickLineStatuses),
  shortReason: z.enum(shortReasons).nullable(),
  /** Lots the picked units came from (lot-tracked items). */
  lots: z.array(lotSchema),
  /** A picker left the line for another picker (K10); it stays open, last in every route. */
  deferReason: z.enum(deferReasons).nullable().default(null),
  deferredBy: z.string().nullable().default(null),
});
export type PickLine = z.infer<typeof pickLineSchema>;

export const pickLineKey = (list: string, line: number): string => `${list}|${line}`;
