// The fold of picks and short picks into a line, and what they mean: the server applies it, the
// device replays its waiting ops with it (P15). Over-picks and low pick faces are judged here so
// the device warns at the scan and the server raises the same exception.
import type { PickLine, PickLineStatus, ShortReason } from './entities.ts';

export const isDone = (l: Pick<PickLine, 'status'>): boolean => l.status !== 'open';

/** Units the line still needs; 0 once it is picked or closed short. */
export const remaining = (l: Pick<PickLine, 'status' | 'qty' | 'pickedQty'>): number =>
  isDone(l) ? 0 : Math.max(0, l.qty - l.pickedQty);

/** Units of a pick beyond what the line still needed: they must go back to the shelf. */
export const overPickBy = (
  l: Pick<PickLine, 'status' | 'qty' | 'pickedQty'>,
  qty: number,
): number => Math.max(0, qty - remaining(l));

export function applyPick(l: PickLine, qty: number, lot = ''): PickLine {
  const pickedQty = l.pickedQty + qty;
  const status: PickLineStatus = l.status === 'open' && pickedQty >= l.qty ? 'picked' : l.status;
  const lots = lot && !l.lots.includes(lot) ? [...l.lots, lot] : l.lots;
  return { ...l, pickedQty, status, lots };
}

/** Closes the line short; a line already picked in full stays picked (nothing was missing). */
export function applyShort(l: PickLine, reason: ShortReason): PickLine {
  if (l.status !== 'open') return l;
  return { ...l, status: 'short', shortReason: reason };
}

/** Units a short line lacks. */
export const shortQty = (l: Pick<PickLine, 'status' | 'qty' | 'pickedQty'>): number =>
  l.status === 'short' ? Math.max(0, l.qty - l.pickedQty) : 0;

export interface ListProgress {
  lines: number;
  done: number;
  short: number;
  units: number;
  picked: number;
}

export function listProgress(lines: readonly PickLine[]): ListProgress {
  return {
    lines: lines.length,
    done: lines.filter(isDone).length,
    short: lines.filter((l) => l.status === 'short').length,
    units: lines.reduce((n, l) => n + l.qty, 0),
    picked: lines.reduce((n, l) => n + Math.min(l.pickedQty, l.qty), 0),
  };
}

/** A list completes when every line is picked or closed short. */
export const allDone = (lines: readonly PickLine[]): boolean =>
  lines.length > 0 && lines.every(isDone);

/**
 * A pick face runs low when what the book holds there no longer covers what open lines still
 * need from it, or it is empty; a short pick always means the face could not supply a line.
 */
export const pickFaceLow = (book: number, openDemand: number, short: boolean): boolean =>
  short || book <= 0 || book < openDemand;
