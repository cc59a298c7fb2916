// The open pick list held in memory, so a scan is judged and the next line shown without
// re-reading 500 lines from IndexedDB: the synced rows (lines already in route order), the stock
// on the list's pick faces and this device's waiting ops. Loaded by a live query (pulls, acks);
// between loads the op just recorded is folded in, and the view is a pure function of this.
import { overlayStock } from '#core/overlay.ts';
import { claimLost } from '#core/picking/claim.ts';
import type { PickLine, PickList } from '#core/picking/entities.ts';
import { overlayPickLines, overlayPickList } from '#core/picking/overlay.ts';
import { isDone, listProgress, type ListProgress } from '#core/picking/progress.ts';
import { routeOrder } from '#core/picking/route.ts';
import type { Stock } from '#core/entities.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { waitingStockDeltas } from '../../sync/op-deltas.ts';

export interface Me {
  userId: string;
  deviceId: string;
}

export interface PickBase {
  list: PickList;
  /** Synced lines, in route order. */
  lines: readonly PickLine[];
  /** Synced stock on the list's pick faces, by location. */
  stock: ReadonlyMap<string, readonly Stock[]>;
  /** This device's waiting ops (pending or acked), in seq order. */
  ops: readonly OutboxOp[];
  /** The device's next seq when the ops were read: any op below it is in `ops` or synced. */
  nextSeq: number;
  me: Me;
  /** This device claimed the list (only looked up when another device holds it). */
  claimedHere: boolean;
  holder: string | null;
  /** Who last released the list's claim (name), if anyone. */
  releasedBy: string | null;
}

export interface PickView {
  list: PickList;
  lines: PickLine[];
  progress: ListProgress;
  line: PickLine | null;
  face: Stock[];
  lost: boolean;
  holder: string | null;
  /** This device held the list and someone (a supervisor) released it: scan it to take it again. */
  released: boolean;
  releasedBy: string | null;
  /** The list is held by this same user on another device. */
  holderIsMe: boolean;
  /** Other open lines at the current line's location: the picker may take them in any order. */
  sameLocation: PickLine[];
  /** Open lines this picker left for someone else (K10). */
  leftForOthers: number;
}

// The route is sorted once per set of lines and walking sequences, not on every scan: picks
// change progress, never where a line is walked.
let routeCache: { signature: string; keys: Map<string, number> } | null = null;

export function inRoute(lines: readonly PickLine[], seqs: ReadonlyMap<string, number>): PickLine[] {
  const signature = lines.map((l) => `${l.key}@${l.location}:${seqs.get(l.location)}`).join();
  if (routeCache?.signature !== signature) {
    const sorted = routeOrder(lines, (c) => seqs.get(c));
    routeCache = { signature, keys: new Map(sorted.map((l, i) => [l.key, i])) };
  }
  const at = routeCache.keys;
  const out: PickLine[] = new Array<PickLine>(lines.length);
  for (const l of lines) out[at.get(l.key)!] = l;
  return out;
}

/** The base with an op this device just committed folded in (unless the base already has it). */
export function withOp(base: PickBase, op: OutboxOp): PickBase {
  if (op.seq < base.nextSeq || base.ops.some((o) => o.opId === op.opId)) return base;
  return { ...base, ops: [...base.ops, op] };
}

/** A freshly loaded base keeps the ops recorded after its read began (they are not in it yet). */
export function keepNewer(loaded: PickBase, recorded: readonly OutboxOp[]): PickBase {
  return recorded.reduce(withOp, loaded);
}

/** How the picker reordered the route on this device: lines skipped (in order) and a focus. */
export interface RouteChoice {
  /** Lines skipped for now: they come back at the end of the route, in the order skipped. */
  later?: readonly string[];
  /** A line at the picker's location they chose to pick first (lines at one place, any order). */
  focus?: string | null;
}

/**
 * The route as this picker walks it (K5, K10): route order, then the lines they skipped, then the
 * lines they left for another picker. Done lines keep their place.
 */
export function walkOrder(lines: readonly PickLine[], me: Me, later: readonly string[]) {
  const skipped = new Set(later);
  const deferred = (l: PickLine) =>
    !isDone(l) && l.deferReason !== null && l.deferredBy === me.userId;
  const head = lines.filter((l) => !(skipped.has(l.key) && !isDone(l)) && !deferred(l));
  const byKey = new Map(lines.map((l) => [l.key, l]));
  const back = later
    .map((k) => byKey.get(k))
    .filter((l): l is PickLine => !!l && !isDone(l) && !deferred(l));
  return [...head, ...back, ...lines.filter(deferred)];
}

export function viewOf(base: PickBase, choice: RouteChoice = {}): PickView {
  const { ops, me } = base;
  const list = overlayPickList(base.list, ops, me);
  // Lines keep the base's (route) order through the overlay.
  const lines = walkOrder(overlayPickLines(base.lines, ops, list.number), me, choice.later ?? []);
  const focused = choice.focus
    ? lines.find((l) => l.key === choice.focus && !isDone(l))
    : undefined;
  const line = focused ?? lines.find((l) => !isDone(l)) ?? null;
  const face = line
    ? overlayStock(
        base.stock.get(line.location) ?? [],
        waitingStockDeltas(ops),
        (d) => d.location === line.location,
      ).filter((s) => s.sku === line.sku)
    : [];
  const lost = claimLost(list, me.deviceId, base.claimedHere);
  const released = base.claimedHere && list.claimedBy === null && list.status !== 'complete';
  const sameLocation = line
    ? lines.filter((l) => l !== line && !isDone(l) && l.location === line.location)
    : [];
  const leftForOthers = lines.filter(
    (l) => !isDone(l) && l.deferReason !== null && l.deferredBy === me.userId,
  ).length;
  return {
    list,
    lines,
    progress: listProgress(lines),
    line,
    face,
    lost,
    holder: base.holder,
    released,
    releasedBy: base.releasedBy,
    holderIsMe: list.claimedBy !== null && list.claimedBy === me.userId,
    sameLocation,
    leftForOthers,
  };
}
