// stock.release: a supervisor releases quarantined stock to a location that is not quarantine
// (rule Q1). It moves stock like stock.move; the reason is required and kept on the movement.
import { z } from 'zod';
import { codeSchema, lotSchema } from '../fields.ts';
import { releaseRoles } from '../goods/quarantine.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export const releasePayloadV1 = z
  .object({
    sku: codeSchema,
    from: codeSchema,
    to: codeSchema,
    qty: z.number().int().min(1).max(1_000_000),
    lot: lotSchema.default(''),
    expiry: z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default(''),
    reason: z.string().trim().min(3, 'say why').max(200),
    scans: z.array(scanRecordSchema).max(10).default([]),
  })
  .refine((p) => p.from !== p.to, { message: 'from and to are the same location', path: ['to'] });
export type ReleasePayload = z.infer<typeof releasePayloadV1>;

export const releaseOp = {
  type: 'stock.release',
  v: 1,
  roles: releaseRoles,
  payload: releasePayloadV1,
  stockDeltas: (p: ReleasePayload): StockDelta[] => [
    { location: p.from, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: -p.qty },
    { location: p.to, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: p.qty },
  ],
} as const;
