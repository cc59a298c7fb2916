// Receiving rows the server syncs to devices: expected receipts (purchase orders, advance
// shipping notices, customer returns), their lines with progress, and the deliveries against them.
import { z } from 'zod';
import { codeSchema, isoDateSchema, lotSchema } from '../fields.ts';

export const receiptTypes = ['purchase', 'return'] as const;
export type ReceiptType = (typeof receiptTypes)[number];

export const receiptStatuses = ['open', 'complete', 'closed'] as const;
export type ReceiptStatus = (typeof receiptStatuses)[number];

export const serialSchema = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[\x21-\x7e]+$/, 'printable characters without spaces');

export const receiptSchema = z.object({
  number: codeSchema,
  barcode: z.string().min(1).max(48),
  supplier: z.string().min(1).max(100),
  dueDate: isoDateSchema,
  type: z.enum(receiptTypes),
  /** The dock location goods are received into. */
  dock: codeSchema,
  /** Over-receipt allowed per line before an exception, in percent of the expected quantity. */
  tolerancePct: z.number().int().min(0).max(100),
  status: z.enum(receiptStatuses),
  closedReason: z.string().nullable(),
  closedBy: z.string().nullable(),
  closedAt: z.number().nullable(),
  createdAt: z.number(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const receiptLineSchema = z.object({
  /** `${receipt}|${line}` for expected lines, `${receipt}|+${sku}` for items not on the receipt. */
  key: z.string(),
  receipt: codeSchema,
  /** Line number on the receipt; null for an item that was not expected at all. */
  line: z.number().int().min(1).nullable(),
  sku: codeSchema,
  expectedQty: z.number().int().min(0),
  lot: lotSchema,
  expiry: z.string(),
  /** Serials the supplier announced (may be empty even for serial-tracked items). */
  serials: z.array(serialSchema),
  /** Every unit received against the line, in any condition. */
  receivedQty: z.number().int(),
  damagedQty: z.number().int(),
  scrapQty: z.number().int(),
  receivedSerials: z.array(serialSchema),
  /** For an item not on the receipt: the line it was sent instead of (a wrong item), if known. */
  replacesLine: z.number().int().min(1).nullable(),
});
export type ReceiptLine = z.infer<typeof receiptLineSchema>;

export const receiptDeliverySchema = z.object({
  /** Made by the device when a receiver starts an arrival. */
  id: z.string(),
  receipt: codeSchema,
  deviceId: z.string(),
  userId: z.string(),
  startedAt: z.number(),
  lastAt: z.number(),
  units: z.number().int(),
  finished: z.boolean(),
});
export type ReceiptDelivery = z.infer<typeof receiptDeliverySchema>;

export const lineKey = (receipt: string, line: number | null, sku: string): string =>
  line === null ? `${receipt}|+${sku}` : `${receipt}|${line}`;
