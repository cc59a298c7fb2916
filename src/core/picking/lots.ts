// Which lot a picker takes from a pick face (K12 in docs/picking.md): first expired, first out
// among the lots the face holds that still meet the item's shelf life for shipping, and how a
// scanned lot compares with that. The device asks at the scan; the server judges the op the same
// way when it lands and raises what disagrees (the floor is the truth: the pick is applied).
import type { Item } from '../entities.ts';
import { judgeShipShelfLife, type ShelfLifeVerdict } from '../goods/shelf-life.ts';

/** One lot on the face: what the book (with this device's waiting ops) holds of it. */
export interface FaceLot {
  lot: string;
  expiry: string;
  qty: number;
}

/** Why a picker took a lot other than the one to take (recorded on the pick). */
export const lotReasons = [
  'fefo_not_reachable',
  'fefo_damaged',
  'customer_lot',
  /** A supervisor took an expired lot on purpose (the server checks the role). */
  'expired_override',
] as const;
export type LotReason = (typeof lotReasons)[number];
/** The reasons a picker chooses from for a lot that is not the one to take. */
export const pickerLotReasons = lotReasons.filter((r) => r !== 'expired_override');

type ShipRule = Pick<Item, 'minShelfDaysShip'>;

/** Lots on the face with stock, earliest expiry first (no expiry last), then by lot. */
function byExpiry(face: readonly FaceLot[]): FaceLot[] {
  return face
    .filter((f) => f.lot !== '' && f.qty > 0)
    .sort(
      (a, b) =>
        (a.expiry || '9999-99-99').localeCompare(b.expiry || '9999-99-99') ||
        a.lot.localeCompare(b.lot),
    );
}

/** The lot to take: the earliest-expiring lot here that meets the shelf-life rule and is not on
 * hold (Q2); else null. */
export function lotToTake(
  face: readonly FaceLot[],
  item: ShipRule,
  today: string,
  held: (lot: string) => boolean = () => false,
): FaceLot | null {
  return (
    byExpiry(face).find((f) => !held(f.lot) && !judgeShipShelfLife(f.expiry, item, today)) ?? null
  );
}

export type PickLotVerdict =
  | { kind: 'ok' }
  /** The face holds no stock of this lot: a misread label or the wrong shelf; refused. */
  | { kind: 'not_here'; held: string[] }
  /** A supervisor put the lot on hold (Q2): refused. */
  | { kind: 'on_hold' }
  /** Past its expiry: refused unless a supervisor overrides. */
  | { kind: 'expired'; expiry: string; daysLeft: number }
  /** Too few days left to ship, or not the lot to take: the picker gives a reason. */
  | { kind: 'short_dated'; expiry: string; daysLeft: number; minDays: number }
  | { kind: 'not_fefo'; take: FaceLot };

/** How a scanned lot compares with what the face holds and with the lot to take. */
export function judgePickLot(
  lot: string,
  face: readonly FaceLot[],
  item: ShipRule,
  today: string,
  held: (lot: string) => boolean = () => false,
): PickLotVerdict {
  const here = byExpiry(face);
  const mine = here.find((f) => f.lot === lot);
  if (!mine) return { kind: 'not_here', held: here.map((f) => f.lot) };
  if (held(lot)) return { kind: 'on_hold' };
  const shelf: ShelfLifeVerdict | null = judgeShipShelfLife(mine.expiry, item, today);
  if (shelf?.kind === 'expired') return shelf;
  if (shelf) return shelf;
  const take = lotToTake(face, item, today, held);
  if (take && take.lot !== lot) return { kind: 'not_fefo', take };
  return { kind: 'ok' };
}
