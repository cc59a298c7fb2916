// The counting rules, run by the server when a count arrives and by the device to show what a
// count will do: compare with the book, judge the tolerance, decide what happens next.
import type { CountLine } from '../ops/counting.ts';
import { approvingRoles } from '../ops/counting.ts';
import { hasAnyRole } from '../roles.ts';
import type { CountTask, Tolerance } from './entities.ts';

export interface Bucket {
  sku: string;
  lot: string;
  expiry: string;
  qty: number;
}

/** One item (and lot, expiry) whose count differs from the book. */
export interface VarianceLine {
  sku: string;
  lot: string;
  expiry: string;
  book: number;
  counted: number;
  delta: number;
}

const keyOf = (b: { sku: string; lot: string; expiry: string }) => `${b.sku}|${b.lot}|${b.expiry}`;

/**
 * Counted lines against the book of the same location. A book bucket the counter did not find
 * counts as 0 found; a counted item the book does not expect is a variance too.
 */
export function compareCount(
  book: readonly Bucket[],
  counted: readonly CountLine[],
): VarianceLine[] {
  const rows = new Map<string, VarianceLine>();
  for (const b of book) {
    const k = keyOf(b);
    const booked = rows.get(k)?.book ?? 0;
    const row = { sku: b.sku, lot: b.lot, expiry: b.expiry, counted: 0, delta: 0 };
    rows.set(k, { ...row, book: booked + b.qty });
  }
  for (const c of counted) {
    const k = keyOf(c);
    const row = rows.get(k) ?? {
      sku: c.sku,
      lot: c.lot,
      expiry: c.expiry,
      book: 0,
      counted: 0,
      delta: 0,
    };
    rows.set(k, { ...row, counted: row.counted + c.qty });
  }
  return [...rows.values()]
    .map((r) => ({ ...r, delta: r.counted - r.book }))
    .filter((r) => r.delta !== 0)
    .sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/**
 * Within tolerance when every line is: by quantity, |delta| ≤ value units; by value, the line's
 * variance value is at most value % of its book value (so anything found where the book had
 * none is above a value tolerance).
 */
export function withinTolerance(
  lines: readonly VarianceLine[],
  tolerance: Tolerance,
  unitValue: (sku: string) => number,
): boolean {
  return lines.every((l) => {
    if (tolerance.kind === 'qty') return Math.abs(l.delta) <= tolerance.value;
    const v = unitValue(l.sku);
    return Math.abs(l.delta) * v * 100 <= tolerance.value * Math.max(l.book, 0) * v;
  });
}

/** Tolerance of an ad-hoc count: none, every difference is recounted. */
export const adHocTolerance: Tolerance = { kind: 'qty', value: 0 };

export interface MovementSeen {
  version: number;
  deviceId: string | null;
}

/**
 * Did stock in the location move after the device's baseVersion, by anyone but the device
 * itself? Its own earlier ops were applied before the count (seq order), so the counter's
 * picture includes them; anything else may or may not have happened before the counter looked.
 */
export const movedDuringCount = (
  movements: readonly MovementSeen[],
  baseVersion: number,
  deviceId: string,
): boolean => movements.some((m) => m.version > baseVersion && m.deviceId !== deviceId);

export type CountOutcome =
  /** Stock moved during the count: no variance, flag the location and ask for a recount. */
  | 'moved'
  /** The count agrees with the book. */
  | 'match'
  /** Within tolerance: the adjustment is posted at once. */
  | 'post'
  /** Above tolerance on a first count: a different counter recounts. */
  | 'recount'
  /** Above tolerance on a recount: a supervisor decides. */
  | 'approval';

export function decideCount(c: {
  moved: boolean;
  lines: readonly VarianceLine[];
  within: boolean;
  isRecount: boolean;
}): CountOutcome {
  if (c.moved) return 'moved';
  if (c.lines.length === 0) return 'match';
  if (c.within) return 'post';
  return c.isRecount ? 'approval' : 'recount';
}

/** A recount must be done by someone who did not count it before. */
export const mayCount = (task: Pick<CountTask, 'notBy'>, userId: string): boolean =>
  !task.notBy.includes(userId);

/** Only supervisors and admins decide a variance. */
export const mayApprove = (roles: readonly string[]): boolean => hasAnyRole(roles, approvingRoles);

/** Adds a scan to the lines being counted: each and case scans of one item add up. */
export function addToCount(
  lines: readonly CountLine[],
  scan: { sku: string; lot: string; expiry: string; qty: number },
): CountLine[] {
  const k = keyOf(scan);
  const found = lines.find((l) => keyOf(l) === k);
  if (!found) return [...lines, { ...scan }];
  return lines.map((l) => (l === found ? { ...l, qty: l.qty + scan.qty } : l));
}

/** Sets one line's quantity (typed instead of scanned). */
export const setCountQty = (lines: readonly CountLine[], key: string, qty: number): CountLine[] =>
  lines.map((l) => (keyOf(l) === key ? { ...l, qty } : l));

export const countLineKey = keyOf;

/** Locations in walking order, so the counter walks one route. */
export const inWalkingOrder = <T extends { walkSeq: number; location: string }>(
  rows: readonly T[],
): T[] => [...rows].sort((a, b) => a.walkSeq - b.walkSeq || a.location.localeCompare(b.location));
