// Lot holds (rule Q2, docs/receiving.md): a supervisor puts one lot of an item on hold (a recall,
// a supplier's warning, a complaint) wherever its stock is. A held lot is not picked and not
// moved anywhere but into quarantine until a supervisor lifts the hold with a reason. Devices
// judge from the synced holds, offline too; the server judges the same way when the op lands.
import { z } from 'zod';
import { codeSchema, lotSchema } from '../fields.ts';
import { releaseRoles } from './quarantine.ts';
import type { StockDelta } from '../ops/effects.ts';

/** A hold as it syncs to devices (entity `lotHold`, key `SKU|LOT`). */
export const lotHoldSchema = z.object({
  key: z.string(),
  sku: z.string(),
  lot: z.string(),
  reason: z.string(),
  heldBy: z.string().nullable(),
  heldAt: z.number(),
});
export type LotHold = z.infer<typeof lotHoldSchema>;

export const lotHoldKey = (sku: string, lot: string): string => `${sku}|${lot}`;

/** True when this lot of this item is on hold (an untracked lot, '', never is). */
export const isLotHeld = (holds: ReadonlySet<string>, sku: string, lot: string): boolean =>
  lot !== '' && holds.has(lotHoldKey(sku, lot));

/** A held lot may go into quarantine, nowhere else (Q2). */
export const heldLotMayGoTo = (to: { kind: string }): boolean => to.kind === 'quarantine';

const holdPayloadV1 = z.object({
  sku: codeSchema,
  lot: lotSchema.refine((l) => l !== '', 'a hold names a lot'),
  reason: z.string().trim().min(3, 'say why').max(200),
});
export type LotHoldPayload = z.infer<typeof holdPayloadV1>;

const none = (): StockDelta[] => [];

/** `lot.hold`: the lot is held from now on (holding it again changes only the reason). */
export const lotHoldOp = {
  type: 'lot.hold',
  v: 1,
  roles: releaseRoles,
  payload: holdPayloadV1,
  stockDeltas: none,
} as const;

/** `lot.unhold`: the hold is lifted (a lot that is not held stays as it is). */
export const lotUnholdOp = {
  type: 'lot.unhold',
  v: 1,
  roles: releaseRoles,
  payload: holdPayloadV1,
  stockDeltas: none,
} as const;
