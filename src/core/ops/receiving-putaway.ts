// putaway.move: received goods taken from a dock location and put into the location the worker
// scanned (storage, or an outbound location when cross-docked), in one transaction.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';
import { receivingRoles } from './receiving.ts';

export const putawayPayloadV1 = z
  .object({
    sku: codeSchema,
    from: codeSchema,
    to: codeSchema,
    qty: z.number().int().min(1).max(1_000_000),
    lot: lotSchema.default(''),
    expiry: expirySchema.default(''),
    /** What the device suggested, kept so the office sees how often the floor differs. */
    suggested: codeSchema.nullable().default(null),
    crossDock: z.boolean().default(false),
    scans: z.array(scanRecordSchema).max(10).default([]),
  })
  .refine((p) => p.from !== p.to, { message: 'from and to are the same location', path: ['to'] });
export type PutawayPayload = z.infer<typeof putawayPayloadV1>;

export const putawayOp = {
  type: 'putaway.move',
  v: 1,
  roles: receivingRoles,
  payload: putawayPayloadV1,
  stockDeltas: (p: PutawayPayload): StockDelta[] => [
    { location: p.from, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: -p.qty },
    { location: p.to, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: p.qty },
  ],
} as const;
