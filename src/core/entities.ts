// The rows the server syncs to devices, one schema per entity. The change feed carries them
// as { e, k, v, d?, r? }; devices keep them in their "base" tables (server state only).
import { z } from 'zod';

// Field schemas live in fields.ts so task entity files can use them without an import cycle.
export { codeSchema, isoDateSchema, lotSchema } from './fields.ts';
import { codeSchema } from './fields.ts';
import { receiptDeliverySchema, receiptLineSchema, receiptSchema } from './receiving/entities.ts';
import { pickLineSchema, pickListSchema } from './picking/entities.ts';
import { countTaskLocationSchema, countTaskSchema } from './counting/entities.ts';
import {
  cartonSchema,
  itemWeightSchema,
  shipOrderSchema,
  shipRouteSchema,
  shippingSettingsSchema,
  ssccRangeSchema,
} from './shipping/entities.ts';
import { lotHoldSchema } from './goods/lot-holds.ts';

export const barcodeSchema = z.object({
  code: z.string().min(1).max(48),
  packQty: z.number().int().min(1).max(100000),
});

export const itemSchema = z.object({
  sku: codeSchema,
  description: z.string().min(1).max(200),
  unit: z.string().min(1).max(10),
  lotTracked: z.boolean(),
  expiryTracked: z.boolean(),
  serialTracked: z.boolean(),
  /** Fewest days of shelf life left an arriving lot may have (R9); 0 or absent: only not expired. */
  minShelfDaysReceive: z.number().int().min(0).max(3650).optional(),
  /** Fewest days of shelf life left a picked lot may have (K8). */
  minShelfDaysShip: z.number().int().min(0).max(3650).optional(),
  /** Value of one unit in cents, for value-based count tolerances. */
  unitValue: z.number().int().min(0),
  zone: z.string().max(20).nullable(),
  homeLocation: codeSchema.nullable(),
  barcodes: z.array(barcodeSchema).max(20),
});
export type Item = z.infer<typeof itemSchema>;

export const locationKinds = ['storage', 'dock', 'quarantine', 'outbound'] as const;
export type LocationKind = (typeof locationKinds)[number];

export const locationSchema = z.object({
  code: codeSchema,
  barcode: z.string().min(1).max(48),
  zone: z.string().max(20),
  kind: z.enum(locationKinds),
  /** Walking sequence: pickers and counters visit locations in ascending order. */
  walkSeq: z.number().int().min(0),
});
export type Location = z.infer<typeof locationSchema>;

export const stockSchema = z.object({
  key: z.string(),
  location: codeSchema,
  sku: codeSchema,
  lot: z.string(),
  expiry: z.string(),
  qty: z.number().int(),
});
export type Stock = z.infer<typeof stockSchema>;

export const userRowSchema = z.object({
  id: z.string(),
  name: z.string(),
});
export type UserRow = z.infer<typeof userRowSchema>;

export const exceptionRowSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['open', 'resolved']),
  opId: z.string().nullable(),
  deviceId: z.string().nullable(),
  userId: z.string().nullable(),
  at: z.number(),
  message: z.string(),
  said: z.record(z.string(), z.unknown()),
  believed: z.record(z.string(), z.unknown()),
});
export type ExceptionRow = z.infer<typeof exceptionRowSchema>;

export const locationFlagSchema = z.object({
  id: z.string(),
  location: z.string(),
  reason: z.string(),
  ref: z.string().nullable(),
  raisedAt: z.number(),
});
export type LocationFlag = z.infer<typeof locationFlagSchema>;

/** Entity names on the wire, and the schema each row follows. */
export const entitySchemas = {
  item: itemSchema,
  location: locationSchema,
  stock: stockSchema,
  user: userRowSchema,
  exception: exceptionRowSchema,
  locationFlag: locationFlagSchema,
  receipt: receiptSchema,
  receiptLine: receiptLineSchema,
  receiptDelivery: receiptDeliverySchema,
  pickList: pickListSchema,
  pickLine: pickLineSchema,
  countTask: countTaskSchema,
  countTaskLocation: countTaskLocationSchema,
  shipOrder: shipOrderSchema,
  shipRoute: shipRouteSchema,
  carton: cartonSchema,
  ssccRange: ssccRangeSchema,
  shippingSettings: shippingSettingsSchema,
  itemWeight: itemWeightSchema,
  lotHold: lotHoldSchema,
} as const;
export type EntityName = keyof typeof entitySchemas;
export const entityNames = Object.keys(entitySchemas) as EntityName[];

/** Stock is held per location, item, lot and expiry ('' when not tracked). */
export const stockKey = (location: string, sku: string, lot = '', expiry = ''): string =>
  `${location}|${sku}|${lot}|${expiry}`;
