// Serial-reference ranges: the server hands each device ranges in advance, the device takes
// serials from them offline, and nobody else ever gets a serial inside them. docs/shipping.md S2.

/** Serial references start..end, both included, for one device. */
export interface SerialRange {
  start: number;
  end: number;
}

export const rangeSize = (r: SerialRange): number => r.end - r.start + 1;

/** The first serial of the ranges (oldest range first) that this device has not used yet. */
export function nextSerial(
  ranges: readonly SerialRange[],
  used: ReadonlySet<number>,
): number | null {
  for (const r of [...ranges].sort((a, b) => a.start - b.start))
    for (let s = r.start; s <= r.end; s++) if (!used.has(s)) return s;
  return null;
}

/** Serials still free in the ranges. */
export function freeSerials(ranges: readonly SerialRange[], used: ReadonlySet<number>): number {
  let free = 0;
  for (const r of ranges) {
    free += rangeSize(r);
    for (const s of used) if (s >= r.start && s <= r.end) free--;
  }
  return free;
}

/**
 * How many new ranges of `size` the server should hand a device that still has `free` serials so
 * that it holds at least `shift` (a shift's worth of cartons) after the refill.
 */
export const rangesWanted = (free: number, shift: number, size: number): number =>
  free >= shift ? 0 : Math.ceil((shift - free) / size);

/** The server's allocator: the next range from its high-water mark, never below it again. */
export function allocate(
  next: number,
  size: number,
  max: number,
): { range: SerialRange; next: number } | null {
  if (size < 1 || next + size - 1 > max) return null;
  return { range: { start: next, end: next + size - 1 }, next: next + size };
}

/**
 * After a restore from backup the server has forgotten ranges it handed out after the backup;
 * the allocator jumps `gap` serials forward (and above every range a device re-declares), so no
 * serial handed out before the restore is handed out again.
 */
export const afterRestore = (next: number, gap: number, declaredEnds: readonly number[]): number =>
  Math.max(next + gap, ...declaredEnds.map((e) => e + 1));

/** True when two ranges share a serial. */
export const overlaps = (a: SerialRange, b: SerialRange): boolean =>
  a.start <= b.end && b.start <= a.end;
