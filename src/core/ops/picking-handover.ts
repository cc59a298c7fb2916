// pick.handover: a picker whose claim lost hands the units that counted for the list to its
// holder and confirms it by scanning the list's barcode (K13 in docs/picking.md). No stock moves
// in the book (both totes are off the shelves); the handover closes and the list may be packed.
import { z } from 'zod';
import { codeSchema } from '../fields.ts';
import { pickingRoles } from '../roles.ts';
import type { StockDelta } from './effects.ts';

export const pickHandoverPayloadV1 = z.object({ list: codeSchema });
export type PickHandoverPayload = z.infer<typeof pickHandoverPayloadV1>;

export const pickHandoverOp = {
  type: 'pick.handover',
  v: 1,
  roles: pickingRoles,
  payload: pickHandoverPayloadV1,
  stockDeltas: (): StockDelta[] => [],
} as const;

/** One item a device holds for a list it lost, as the handover exception says it. */
export interface HandoverItem {
  line: number;
  sku: string;
  location: string;
  qty: number;
}

/** What the `handover` exception's `said` holds (K13). */
export interface HandoverSaid {
  list: string;
  /** The holder the goods go to (user id) and their name when raised. */
  to: string;
  toName: string;
  fromName: string;
  items: HandoverItem[];
}

/** The items summed per item (a handover card names each item once). */
export function handoverTotals(items: readonly HandoverItem[]): { sku: string; qty: number }[] {
  const out = new Map<string, number>();
  for (const i of items) out.set(i.sku, (out.get(i.sku) ?? 0) + i.qty);
  return [...out].map(([sku, qty]) => ({ sku, qty }));
}
