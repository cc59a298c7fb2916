// Every (type, v) a device may still hold. Old versions stay here after an app update so
// queued ops from the previous build still apply (rule P11 in docs/protocol.md).
import type { z } from 'zod';
import type { Role } from '../roles.ts';
import type { StockDelta } from './effects.ts';
import { moveOp } from './move.ts';
import { releaseOp } from './release.ts';
import { lotHoldOp, lotUnholdOp } from '../goods/lot-holds.ts';
import {
  receiveCloseOp,
  receiveFinishOp,
  receiveItemOp,
  receiveUndoOp,
  receiveWrongItemOp,
} from './receiving.ts';
import { putawayOp } from './receiving-putaway.ts';
import { receiveRefuseOp } from './receiving-refuse.ts';
import { pickClaimOp, pickCompleteOp, pickLineOp, pickShortOp } from './picking.ts';
import { countLocationOp } from './counting.ts';
import { pickAssignOp, pickDeferOp, pickReleaseOp, pickReturnOp } from './picking-continuity.ts';
import { pickHandoverOp } from './picking-handover.ts';
import { loadCartonOp, packCloseOp, packItemOp, packOpenOp } from './shipping.ts';

export interface OpDefinition<P = unknown> {
  type: string;
  v: number;
  roles: readonly Role[];
  payload: z.ZodType<P>;
  stockDeltas: (payload: P) => StockDelta[];
}

/** Erases the payload type for the registry; each def's payload schema restores it. */
const erase = <P>(def: OpDefinition<P>): OpDefinition => def as unknown as OpDefinition;

const definitions: OpDefinition[] = [
  erase(moveOp),
  erase(receiveItemOp),
  erase(receiveUndoOp),
  erase(receiveFinishOp),
  erase(receiveCloseOp),
  erase(receiveWrongItemOp),
  erase(receiveRefuseOp),
  erase(putawayOp),
  erase(pickClaimOp),
  erase(pickLineOp),
  erase(pickShortOp),
  erase(pickCompleteOp),
  erase(countLocationOp),
  erase(releaseOp),
  erase(pickReleaseOp),
  erase(pickAssignOp),
  erase(pickDeferOp),
  erase(pickReturnOp),
  erase(packOpenOp),
  erase(packItemOp),
  erase(packCloseOp),
  erase(pickHandoverOp),
  erase(lotHoldOp),
  erase(lotUnholdOp),
  erase(loadCartonOp),
];

const byKey = new Map(definitions.map((d) => [`${d.type}@${d.v}`, d]));
const knownTypes = new Set(definitions.map((d) => d.type));

export type Lookup =
  { ok: true; def: OpDefinition } | { ok: false; reason: 'unknown-type' | 'unknown-version' };

export const findOp = (type: string, v: number): Lookup => {
  const def = byKey.get(`${type}@${v}`);
  if (def) return { ok: true, def };
  return { ok: false, reason: knownTypes.has(type) ? 'unknown-version' : 'unknown-type' };
};
