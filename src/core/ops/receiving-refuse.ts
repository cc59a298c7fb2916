// receive.refuse: the receiver refused goods at the dock (expired or short-dated, R9). Nothing
// enters stock and the line does not count them; the refusal is a fact the office must hear of,
// so it is an op like any other, offline, and raises a receive.refused exception.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { receivingRoles } from '../roles.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export const refuseReasons = ['expired', 'short_dated', 'other'] as const;
export type RefuseReason = (typeof refuseReasons)[number];

export const receiveRefusePayloadV1 = z.object({
  receipt: codeSchema,
  delivery: z.string().min(8).max(64),
  line: z.number().int().min(1).nullable(),
  sku: codeSchema,
  qty: z.number().int().min(1).max(1_000_000),
  lot: lotSchema.default(''),
  expiry: expirySchema.default(''),
  reason: z.enum(refuseReasons),
  scans: z.array(scanRecordSchema).max(10).default([]),
});
export type ReceiveRefusePayload = z.infer<typeof receiveRefusePayloadV1>;

export const receiveRefuseOp = {
  type: 'receive.refuse',
  v: 1,
  roles: receivingRoles,
  payload: receiveRefusePayloadV1,
  stockDeltas: (): StockDelta[] => [],
} as const;
