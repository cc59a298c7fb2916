// Shelf life: how many days an expiry date leaves, and whether that is enough. The same rule
// judges a receive (the item's minimum days for receiving) and a pick (its minimum days for
// shipping), on the device at the scan and on the server when the op lands. Dates are ISO days
// (YYYY-MM-DD, UTC); an expiry of '' means "not tracked" and is never judged.
import type { Item } from '../entities.ts';

export type ShelfLifeRule = Pick<Item, 'minShelfDaysReceive' | 'minShelfDaysShip'>;

/** The ISO day of a moment, in UTC (the server's and the device's common calendar). */
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

const DAY_MS = 86_400_000;

/** Whole days from today until the expiry day: 0 on the expiry day itself, < 0 once past it. */
export function daysLeft(expiry: string, today: string): number {
  return Math.round(
    (Date.parse(`${expiry}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  );
}

export type ShelfLifeVerdict =
  | { kind: 'expired'; expiry: string; daysLeft: number }
  | { kind: 'short_dated'; expiry: string; daysLeft: number; minDays: number };

/** Expired (the day is past), short-dated (fewer days left than the minimum), or fine (null). */
export function judgeShelfLife(
  expiry: string,
  minDays: number | undefined,
  today: string,
): ShelfLifeVerdict | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expiry)) return null;
  const left = daysLeft(expiry, today);
  if (left < 0) return { kind: 'expired', expiry, daysLeft: left };
  const min = minDays ?? 0;
  if (left < min) return { kind: 'short_dated', expiry, daysLeft: left, minDays: min };
  return null;
}

/** The receiving side of the rule (R9 in docs/receiving.md). */
export const judgeReceiveShelfLife = (
  expiry: string,
  item: Partial<ShelfLifeRule>,
  today: string,
): ShelfLifeVerdict | null => judgeShelfLife(expiry, item.minShelfDaysReceive, today);

/** The shipping side of the rule, applied to what a picker takes (K8, K11 in docs/picking.md). */
export const judgeShipShelfLife = (
  expiry: string,
  item: Partial<ShelfLifeRule>,
  today: string,
): ShelfLifeVerdict | null => judgeShelfLife(expiry, item.minShelfDaysShip, today);
