// count.location: a counter's observation of everything in one location, made against the book
// as the device knew it (the envelope's baseVersion). It changes no stock by itself: the server
// compares it with the book and posts an adjustment, asks for a recount or for approval.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { Role, countingRoles } from '../roles.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export { countingRoles } from '../roles.ts';
export const approvingRoles = [Role.supervisor, Role.admin] as const;

export const countLineSchema = z.object({
  sku: codeSchema,
  lot: lotSchema.default(''),
  expiry: expirySchema.default(''),
  qty: z.number().int().min(0).max(1_000_000),
});
export type CountLine = z.infer<typeof countLineSchema>;

export const countLocationPayloadV1 = z
  .object({
    /** The count task, or null for an ad-hoc count. */
    task: codeSchema.nullable(),
    location: codeSchema,
    /** What was found, one line per item, lot and expiry. */
    lines: z.array(countLineSchema).max(500),
    /** "Location empty" in one tap: nothing at all was found. */
    empty: z.boolean().default(false),
    scans: z.array(scanRecordSchema).max(50).default([]),
  })
  .superRefine((p, ctx) => {
    if (p.empty && p.lines.some((l) => l.qty > 0))
      ctx.addIssue({ code: 'custom', path: ['empty'], message: 'empty but lines were counted' });
    if (!p.empty && p.lines.length === 0)
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'nothing counted' });
    const keys = p.lines.map((l) => `${l.sku}|${l.lot}|${l.expiry}`);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: 'custom', path: ['lines'], message: 'an item is listed twice' });
  });
export type CountLocationPayload = z.infer<typeof countLocationPayloadV1>;

export const countLocationOp = {
  type: 'count.location',
  v: 1,
  roles: countingRoles,
  payload: countLocationPayloadV1,
  // The observation itself moves nothing; adjustments are the server's decision.
  stockDeltas: (): StockDelta[] => [],
} as const;
