// Shipping rows the server syncs to devices: orders with ship-to and route stop, delivery routes,
// cartons and their contents, the SSCC serial ranges each device holds, shipping settings and
// unit weights. docs/shipping.md has the rules.
import { z } from 'zod';
import { codeSchema, expirySchema, isoDateSchema, lotSchema, text } from '../fields.ts';
import { packageTypes } from './packing.ts';

export const shipToSchema = z.object({
  name: text(80).pipe(z.string().min(1)),
  /** Address lines as printed, 1 to 3. */
  address: z.array(text(80)).min(1).max(3),
  phone: text(30),
});
export type ShipTo = z.infer<typeof shipToSchema>;

export const shipOrderSchema = z.object({
  order: codeSchema,
  /** The pick list the order's units were picked on. */
  list: codeSchema,
  shipTo: shipToSchema,
  requestedDate: isoDateSchema,
  route: codeSchema.nullable(),
  stop: z.number().int().min(1).max(999).nullable(),
});
export type ShipOrder = z.infer<typeof shipOrderSchema>;

export const shipRouteSchema = z.object({
  route: codeSchema,
  vehicle: codeSchema,
  date: isoDateSchema,
  /** Stops in delivery order; each stop delivers one or more orders. */
  stops: z
    .array(z.object({ stop: z.number().int().min(1).max(999), orders: z.array(codeSchema).min(1) }))
    .min(1),
  status: z.enum(['planned', 'loading', 'dispatched']),
});
export type ShipRoute = z.infer<typeof shipRouteSchema>;

export const cartonLineSchema = z.object({
  sku: codeSchema,
  qty: z.number().int().min(1),
  lot: lotSchema,
  expiry: expirySchema,
});
export type CartonLine = z.infer<typeof cartonLineSchema>;

export const cartonSchema = z.object({
  /** Made by the device that opened it (a carton exists before it has an SSCC). */
  id: codeSchema,
  order: codeSchema,
  list: codeSchema,
  packageType: z.enum(packageTypes),
  cartonNo: z.number().int().min(1),
  status: z.enum(['open', 'closed']),
  sscc: z
    .string()
    .regex(/^\d{18}$/)
    .nullable(),
  weightGrams: z.number().int().min(0).nullable(),
  contents: z.array(cartonLineSchema),
  openedBy: z.string(),
  openedDevice: z.string(),
  closedAt: z.number().nullable(),
  /** The route whose vehicle it was loaded onto (S7–S9). */
  loadedRoute: codeSchema.nullable().default(null),
  loadedAt: z.number().nullable().default(null),
});
export type Carton = z.infer<typeof cartonSchema>;

export const ssccRangeSchema = z.object({
  /** `${deviceId}|${start}` */
  key: z.string(),
  deviceId: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  issuedAt: z.number(),
});
export type SsccRangeRow = z.infer<typeof ssccRangeSchema>;

export const shippingSettingsSchema = z.object({
  /** Always 'settings': one row per warehouse. */
  key: z.literal('settings'),
  extensionDigit: z.number().int().min(0).max(9),
  companyPrefix: z.string().regex(/^\d{6,12}$/),
  shipFrom: z.object({ name: text(80), lines: z.array(text(80)).max(2) }),
  tolerancePct: z.number().min(0).max(100),
  toleranceMinGrams: z.number().int().min(0),
});
export type ShippingSettings = z.infer<typeof shippingSettingsSchema>;

export const itemWeightSchema = z.object({ sku: codeSchema, grams: z.number().int().min(0) });
export type ItemWeight = z.infer<typeof itemWeightSchema>;
