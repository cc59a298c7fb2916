// Ops that keep a pick list moving when its picker cannot: pick.release gives a held list back
// (its picks stay, the rest is open to anyone); pick.assign hands a list to a named picker (or
// opens it to anyone), a supervisor's act; pick.defer leaves a line for another picker with a
// reason. docs/picking.md (K8–K11) has the rules.
import { z } from 'zod';
import { codeSchema, lotSchema } from '../fields.ts';
import { scanRecordSchema } from './envelope.ts';
import { deferReasons } from '../picking/entities.ts';
import { pickingRoles, Role } from '../roles.ts';
import type { StockDelta } from './effects.ts';

const note = z.string().trim().max(200).default('');

export const pickReleasePayloadV1 = z.object({ list: codeSchema, reason: note });
export type PickReleasePayload = z.infer<typeof pickReleasePayloadV1>;

export const pickAssignPayloadV1 = z.object({
  list: codeSchema,
  /** The user the list is now for; null opens it to anyone. */
  to: z.string().min(1).max(64).nullable(),
  reason: note,
});
export type PickAssignPayload = z.infer<typeof pickAssignPayloadV1>;

export const pickDeferPayloadV1 = z.object({
  list: codeSchema,
  line: z.number().int().min(1).max(100_000),
  sku: codeSchema,
  reason: z.enum(deferReasons),
});
export type PickDeferPayload = z.infer<typeof pickDeferPayloadV1>;

const none = (): StockDelta[] => [];

export const pickReleaseOp = {
  type: 'pick.release',
  v: 1,
  roles: pickingRoles,
  payload: pickReleasePayloadV1,
  stockDeltas: none,
} as const;

export const pickAssignOp = {
  type: 'pick.assign',
  v: 1,
  roles: [Role.supervisor, Role.admin],
  payload: pickAssignPayloadV1,
  stockDeltas: none,
} as const;

export const pickDeferOp = {
  type: 'pick.defer',
  v: 1,
  roles: pickingRoles,
  payload: pickDeferPayloadV1,
  stockDeltas: none,
} as const;

/**
 * pick.return: units picked beyond what a line needed, put back on the shelf they came from and
 * confirmed by scanning it and the item (K11). The book goes up by qty; the over-pick shrinks.
 */
export const pickReturnPayloadV1 = z.object({
  list: codeSchema,
  line: z.number().int().min(1).max(100_000),
  sku: codeSchema,
  location: codeSchema,
  qty: z.number().int().min(1).max(1_000_000),
  lot: lotSchema.default(''),
  expiry: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default(''),
  scans: z.array(scanRecordSchema).max(10).default([]),
});
export type PickReturnPayload = z.infer<typeof pickReturnPayloadV1>;

export const pickReturnOp = {
  type: 'pick.return',
  v: 1,
  roles: pickingRoles,
  payload: pickReturnPayloadV1,
  stockDeltas: (p: PickReturnPayload): StockDelta[] => [
    { location: p.location, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: p.qty },
  ],
} as const;
