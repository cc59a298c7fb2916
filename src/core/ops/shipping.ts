// pack.*: what a packer did at the pack station. pack.open starts a carton for one order,
// pack.item is the fact "qty of sku went into carton C" (one op per scan), pack.close seals it
// with the SSCC the device took from its own serial range and an optional weight. No stock moves
// here: pick.line already took the units out of the pick face (K2); they travel on the carton
// until dispatch. docs/shipping.md (S1–S12) has the rules.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { packageTypes } from '../shipping/packing.ts';
import { pickingRoles } from '../roles.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export const packOpenPayloadV1 = z.object({
  carton: codeSchema,
  list: codeSchema,
  order: codeSchema,
  packageType: z.enum(packageTypes),
  cartonNo: z.number().int().min(1).max(9999),
});
export type PackOpenPayload = z.infer<typeof packOpenPayloadV1>;

export const packItemPayloadV1 = z.object({
  carton: codeSchema,
  order: codeSchema,
  sku: codeSchema,
  qty: z.number().int().min(1).max(1_000_000),
  lot: lotSchema.default(''),
  expiry: expirySchema.default(''),
  scans: z.array(scanRecordSchema).max(10).default([]),
});
export type PackItemPayload = z.infer<typeof packItemPayloadV1>;

export const packClosePayloadV1 = z.object({
  carton: codeSchema,
  sscc: z.string().regex(/^\d{18}$/),
  /** Typed gross weight in grams; null when not weighed. */
  weightGrams: z.number().int().min(1).max(2_000_000).nullable().default(null),
});
export type PackClosePayload = z.infer<typeof packClosePayloadV1>;

const none = (): StockDelta[] => [];

export const packOpenOp = {
  type: 'pack.open',
  v: 1,
  roles: pickingRoles,
  payload: packOpenPayloadV1,
  stockDeltas: none,
} as const;

export const packItemOp = {
  type: 'pack.item',
  v: 1,
  roles: pickingRoles,
  payload: packItemPayloadV1,
  stockDeltas: none,
} as const;

export const packCloseOp = {
  type: 'pack.close',
  v: 1,
  roles: pickingRoles,
  payload: packClosePayloadV1,
  stockDeltas: none,
} as const;

export const loadCartonPayloadV1 = z.object({
  route: codeSchema,
  sscc: z.string().regex(/^\d{18}$/),
  /** The loader confirmed a carton out of loading order (S9). */
  confirmed: z.boolean().default(false),
  scans: z.array(scanRecordSchema).max(10).default([]),
});
export type LoadCartonPayload = z.infer<typeof loadCartonPayloadV1>;

export const loadCartonOp = {
  type: 'load.carton',
  v: 1,
  roles: pickingRoles,
  payload: loadCartonPayloadV1,
  stockDeltas: none,
} as const;
