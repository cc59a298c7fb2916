// stock.move: the worker took qty of an item out of one location and put it into another.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { floorRoles } from '../roles.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export const movePayloadV1 = z
  .object({
    sku: codeSchema,
    from: codeSchema,
    to: codeSchema,
    qty: z.number().int().min(1).max(1_000_000),
    lot: lotSchema.default(''),
    expiry: expirySchema.default(''),
    scans: z.array(scanRecordSchema).max(10).default([]),
  })
  .refine((p) => p.from !== p.to, { message: 'from and to are the same location', path: ['to'] });
export type MovePayload = z.infer<typeof movePayloadV1>;

export const moveOp = {
  type: 'stock.move',
  v: 1,
  roles: floorRoles,
  payload: movePayloadV1,
  stockDeltas: (p: MovePayload): StockDelta[] => [
    { location: p.from, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: -p.qty },
    { location: p.to, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: p.qty },
  ],
} as const;

/** The floor is the truth: a move larger than the book is applied, and a person is told. */
export const judgeMove = (p: MovePayload, bookAtFrom: number): { shortBy: number } | null =>
  p.qty > bookAtFrom ? { shortBy: p.qty - Math.max(bookAtFrom, 0) } : null;
