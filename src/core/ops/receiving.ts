// receive.*: what a receiver did at the dock. receive.item is the fact "qty of sku arrived
// against receipt R (line L or not on it) in delivery D, in this condition"; receive.undo takes
// one of them back by a compensating op; receive.finish ends a delivery; receive.close is a
// supervisor closing the receipt with a reason. docs/receiving.md explains the rules.
import { z } from 'zod';
import { codeSchema, expirySchema, lotSchema } from '../fields.ts';
import { serialSchema } from '../receiving/entities.ts';
import { Role, receivingRoles } from '../roles.ts';
import { scanRecordSchema } from './envelope.ts';
import type { StockDelta } from './effects.ts';

export { receivingRoles } from '../roles.ts';
export const closingRoles = [Role.supervisor, Role.admin] as const;

/** good → dock stock; damaged → quarantine stock; scrap → recorded, no stock. */
export const conditions = ['good', 'damaged', 'scrap'] as const;
export type Condition = (typeof conditions)[number];

export const damageReasons = [
  'crushed',
  'wet',
  'broken',
  'opened',
  'expired',
  'short_dated',
  'other',
] as const;
export type DamageReason = (typeof damageReasons)[number];

/** A downscaled JPEG as a data URL; the device keeps it under ~150 KB. */
export const PHOTO_MAX_CHARS = 200_000;
export const photoSchema = z
  .string()
  .max(PHOTO_MAX_CHARS, 'the photo is too large')
  .regex(/^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/, 'a JPEG data URL');

const deliverySchema = z.string().min(8).max(64);

/** What physically arrived: shared by receive.item and the receive.undo that takes it back. */
const factsShape = {
  receipt: codeSchema,
  delivery: deliverySchema,
  /** Line number on the receipt; null when the item is not on the receipt at all. */
  line: z.number().int().min(1).nullable(),
  sku: codeSchema,
  qty: z.number().int().min(1).max(1_000_000),
  lot: lotSchema.default(''),
  expiry: expirySchema.default(''),
  serials: z.array(serialSchema).max(1000).default([]),
  condition: z.enum(conditions).default('good'),
  /** Where the units went: the receipt's dock (good) or a quarantine location (damaged). */
  location: codeSchema.nullable(),
};

interface FactsLike {
  qty: number;
  serials: string[];
  condition: Condition;
  location: string | null;
}

function checkFacts(p: FactsLike, ctx: z.RefinementCtx): void {
  if (p.serials.length && p.serials.length !== p.qty)
    ctx.addIssue({ code: 'custom', path: ['serials'], message: 'one serial per unit' });
  if (new Set(p.serials).size !== p.serials.length)
    ctx.addIssue({ code: 'custom', path: ['serials'], message: 'a serial appears twice' });
  if (p.condition === 'scrap' && p.location !== null)
    ctx.addIssue({ code: 'custom', path: ['location'], message: 'scrap goes to no location' });
  if (p.condition !== 'scrap' && p.location === null)
    ctx.addIssue({ code: 'custom', path: ['location'], message: 'a location is needed' });
}

export const receiveItemPayloadV1 = z
  .object({
    ...factsShape,
    reason: z.enum(damageReasons).nullable().default(null),
    note: z.string().max(200).default(''),
    photo: photoSchema.nullable().default(null),
    scans: z.array(scanRecordSchema).max(10).default([]),
  })
  .superRefine((p, ctx) => {
    checkFacts(p, ctx);
    if (p.condition !== 'good' && p.reason === null)
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'damaged or scrap needs a reason',
      });
    if (p.condition === 'good' && (p.reason !== null || p.photo !== null))
      ctx.addIssue({
        code: 'custom',
        path: ['condition'],
        message: 'reason or photo on good stock',
      });
  });
export type ReceiveItemPayload = z.infer<typeof receiveItemPayloadV1>;

export const receiveUndoPayloadV1 = z
  .object({ ...factsShape, undoes: z.uuid() })
  .superRefine((p, ctx) => checkFacts(p, ctx));
export type ReceiveUndoPayload = z.infer<typeof receiveUndoPayloadV1>;

/** The facts of a receive, as an undo must repeat them (the server checks they match). */
export type ReceivedFacts = Pick<
  ReceiveItemPayload,
  | 'receipt'
  | 'delivery'
  | 'line'
  | 'sku'
  | 'qty'
  | 'lot'
  | 'expiry'
  | 'serials'
  | 'condition'
  | 'location'
>;

export const factsOf = (p: ReceivedFacts): ReceivedFacts => ({
  receipt: p.receipt,
  delivery: p.delivery,
  line: p.line,
  sku: p.sku,
  qty: p.qty,
  lot: p.lot,
  expiry: p.expiry,
  serials: p.serials,
  condition: p.condition,
  location: p.location,
});

const receivedDeltas = (p: ReceivedFacts, sign: 1 | -1): StockDelta[] =>
  p.location === null
    ? []
    : [{ location: p.location, sku: p.sku, lot: p.lot, expiry: p.expiry, delta: sign * p.qty }];

export const receiveItemOp = {
  type: 'receive.item',
  v: 1,
  roles: receivingRoles,
  payload: receiveItemPayloadV1,
  stockDeltas: (p: ReceiveItemPayload): StockDelta[] => receivedDeltas(p, 1),
} as const;

export const receiveUndoOp = {
  type: 'receive.undo',
  v: 1,
  roles: receivingRoles,
  payload: receiveUndoPayloadV1,
  stockDeltas: (p: ReceiveUndoPayload): StockDelta[] => receivedDeltas(p, -1),
} as const;

export const receiveFinishPayloadV1 = z.object({
  receipt: codeSchema,
  delivery: deliverySchema,
  /** R13: the receiver asks a supervisor to close the receipt short, saying why. */
  askCloseShort: z.string().trim().min(3, 'say why').max(200).nullable().default(null),
});
export type ReceiveFinishPayload = z.infer<typeof receiveFinishPayloadV1>;

export const receiveFinishOp = {
  type: 'receive.finish',
  v: 1,
  roles: receivingRoles,
  payload: receiveFinishPayloadV1,
  stockDeltas: (): StockDelta[] => [],
} as const;

/** The receiver says an item not on the receipt was sent instead of one of its lines. */
export const receiveWrongItemPayloadV1 = z.object({
  receipt: codeSchema,
  sku: codeSchema,
  insteadOfLine: z.number().int().min(1),
});
export type ReceiveWrongItemPayload = z.infer<typeof receiveWrongItemPayloadV1>;

export const receiveWrongItemOp = {
  type: 'receive.wrong_item',
  v: 1,
  roles: receivingRoles,
  payload: receiveWrongItemPayloadV1,
  stockDeltas: (): StockDelta[] => [],
} as const;

export const receiveClosePayloadV1 = z.object({
  receipt: codeSchema,
  reason: z.string().trim().min(3, 'say why').max(200),
});
export type ReceiveClosePayload = z.infer<typeof receiveClosePayloadV1>;

export const receiveCloseOp = {
  type: 'receive.close',
  v: 1,
  roles: closingRoles,
  payload: receiveClosePayloadV1,
  stockDeltas: (): StockDelta[] => [],
} as const;
