// pick.*: what a picker did in the aisles. pick.claim takes a list (first claim the server
// applies wins); pick.line is the fact "qty of sku left location L for list P line N" (one op per
// scan, so a heard scan is never lost); pick.short closes a line short with a reason;
// pick.complete hands the finished list over. docs/picking.md explains the rules.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { shortReasons } from '../picking/entities.ts';
import { lotReasons } from '../picking/lots.ts';
import { pickingRoles } from '../roles.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export { pickingRoles } from '../roles.ts';

const lineShape = { list: codeSchema, line: z.number().int().min(1).max(100_000) };

export const pickClaimPayloadV1 = z.object({ list: codeSchema });
export type PickClaimPayload = z.infer<typeof pickClaimPayloadV1>;

export const pickLinePayloadV1 = z.object({
  ...lineShape,
  sku: codeSchema,
  location: codeSchema,
  qty: z.number().int().min(1).max(1_000_000),
  lot: lotSchema.default(''),
  expiry: expirySchema.default(''),
  /** The tote the units went into (batch lists), as scanned. */
  tote: codeSchema.nullable().default(null),
  scans: z.array(scanRecordSchema).max(10).default([]),
  /** Why the picker took this lot and not the one to take (K12); absent when it was. */
  lotReason: z.enum(lotReasons).optional(),
});
export type PickLinePayload = z.infer<typeof pickLinePayloadV1>;

export const pickShortPayloadV1 = z.object({
  ...lineShape,
  sku: codeSchema,
  location: codeSchema,
  reason: z.enum(shortReasons),
});
export type PickShortPayload = z.infer<typeof pickShortPayloadV1>;

export const pickCompletePayloadV1 = z.object({ list: codeSchema });
export type PickCompletePayload = z.infer<typeof pickCompletePayloadV1>;

const none = (): StockDelta[] => [];

export const pickClaimOp = {
  type: 'pick.claim',
  v: 1,
  roles: pickingRoles,
  payload: pickClaimPayloadV1,
  stockDeltas: none,
} as const;

export const pickLineOp = {
  type: 'pick.line',
  v: 1,
  roles: pickingRoles,
  payload: pickLinePayloadV1,
  stockDeltas: (p: PickLinePayload): StockDelta[] => [
    { location: p.location, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: -p.qty },
  ],
} as const;

export const pickShortOp = {
  type: 'pick.short',
  v: 1,
  roles: pickingRoles,
  payload: pickShortPayloadV1,
  stockDeltas: none,
} as const;

export const pickCompleteOp = {
  type: 'pick.complete',
  v: 1,
  roles: pickingRoles,
  payload: pickCompletePayloadV1,
  stockDeltas: none,
} as const;
