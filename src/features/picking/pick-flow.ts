// What one scan means on the pick screen, against the latest state (base lines plus this
// device's waiting ops, in route order): the location proves the picker is at the right place,
// the tote (batch lists) where the units go, the item that it is the right product; each item
// scan records its pack quantity (a case counts the case). Pure, so it is tested without a browser.
import type { Stock } from '#core/entities.ts';
import type { Item } from '#core/entities.ts';
import type { PickLine, PickList } from '#core/picking/entities.ts';
import { judgePickLot, type LotReason } from '#core/picking/lots.ts';
import { remaining } from '#core/picking/progress.ts';
import { isoDay } from '#core/goods/shelf-life.ts';
import { isLotHeld } from '#core/goods/lot-holds.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { Resolved } from '../../scan/resolve-local.ts';

/** What the picker has proven so far; carried across lines (same location, same tote, same lot). */
export interface Progress {
  location: string | null;
  tote: string | null;
  /** The lot of the last pick, kept for the next scans of that item, with the reason it was
   * taken when it was not the lot to take (K12). */
  lot: { sku: string; lot: string; reason?: LotReason } | null;
  /** An item scan of a lot-tracked item waiting for its lot, for this line. */
  held: { key: string; qty: number; ship?: ShipRule } | null;
  /** A lot that is not the one to take (K12), waiting for the picker's reason. */
  lotAsk: LotAsk | null;
  /** A line at this location the picker chose to pick first (K5: any order at one location). */
  focus: string | null;
}
export const freshProgress: Progress = {
  location: null,
  tote: null,
  lot: null,
  held: null,
  lotAsk: null,
  focus: null,
};

type ShipRule = Pick<Item, 'minShelfDaysShip'>;

export interface LotAsk {
  key: string;
  qty: number;
  lot: string;
  why: 'not_fefo' | 'short_dated' | 'expired';
  /** The lot to take instead (not_fefo), for the words. */
  take: string;
  ship?: ShipRule;
}

export interface PickState {
  list: PickList;
  /** The line to pick now: the first open line in route order; null when all are done. */
  line: PickLine | null;
  /** Base stock (with waiting ops) at the line's location for its item: lots and expiries. */
  face: readonly Stock[];
  progress: Progress;
  /** The device's claim on this list lost: nothing more is picked for it here. */
  lost: boolean;
  /** Other open lines at the current line's location, which may be picked first. */
  sameLocation?: readonly PickLine[];
  /** Today's ISO day (shelf life at the pick); the device's clock by default. */
  today?: string;
  /** A supervisor or admin is signed in: an expired lot may be taken with an override. */
  office?: boolean;
  /** Lots on hold (Q2), as `SKU|LOT`. */
  holds?: ReadonlySet<string>;
}

export interface PickFacts {
  list: string;
  line: number;
  sku: string;
  location: string;
  qty: number;
  lot: string;
  expiry: string;
  tote: string | null;
  /** Why this lot and not the one to take (K12); absent when it was the one. */
  lotReason?: LotReason;
}

type Params = Record<string, string | number>;
export type PickOutcome =
  | { kind: 'reject'; message: MessageKey; params?: Params; progress?: Progress }
  | { kind: 'step'; message: MessageKey; params?: Params; progress: Progress }
  | { kind: 'record'; facts: PickFacts; progress: Progress };

/** What the picker should scan next on this line. */
export function nextStep(
  s: Pick<PickState, 'line' | 'progress'>,
): 'location' | 'tote' | 'item' | 'lot' | 'lotReason' | 'done' {
  const { line, progress: p } = s;
  if (!line) return 'done';
  if (p.location !== line.location) return 'location';
  if (line.tote !== null && p.tote !== line.tote) return 'tote';
  if (p.lotAsk?.key === line.key) return 'lotReason';
  if (p.held?.key === line.key) return 'lot';
  return 'item';
}

function record(
  s: PickState,
  line: PickLine,
  qty: number,
  lot: string,
  lotReason?: LotReason,
): PickOutcome {
  const expiry = s.face.find((f) => f.lot === lot && f.sku === line.sku)?.expiry ?? '';
  const progress: Progress = {
    ...s.progress,
    held: null,
    lotAsk: null,
    lot: lot ? { sku: line.sku, lot, ...(lotReason ? { reason: lotReason } : {}) } : s.progress.lot,
  };
  return {
    kind: 'record',
    facts: {
      list: s.list.number,
      line: line.line,
      sku: line.sku,
      location: line.location,
      qty,
      lot,
      expiry,
      tote: line.tote,
      ...(lotReason ? { lotReason } : {}),
    },
    progress,
  };
}

/**
 * K12: a lot is checked against the face before it is recorded. A lot the face does not hold is
 * refused (the item scan stays held, so the right lot label can follow); an expired one is
 * refused unless a supervisor overrides; a short-dated one or one that is not the lot to take
 * asks the picker why.
 */
function checkLot(
  s: PickState,
  line: PickLine,
  qty: number,
  lot: string,
  ship: ShipRule | undefined,
  given?: LotReason,
): PickOutcome {
  const face = s.face.filter((f) => f.sku === line.sku);
  const holds = s.holds ?? new Set<string>();
  const v = judgePickLot(lot, face, ship ?? {}, s.today ?? isoDay(Date.now()), (l) =>
    isLotHeld(holds, line.sku, l),
  );
  if (v.kind === 'ok') return record(s, line, qty, lot);
  // The same lot as the last pick, already taken with a reason: the reason holds for it.
  if (given && (v.kind === 'not_fefo' || v.kind === 'short_dated') && given !== 'expired_override')
    return record(s, line, qty, lot, given);
  if (given === 'expired_override' && v.kind === 'expired' && s.office)
    return record(s, line, qty, lot, given);
  const held = { key: line.key, qty, ...(ship ? { ship } : {}) };
  const keep: Progress = { ...s.progress, held, lotAsk: null };
  if (v.kind === 'on_hold')
    return { kind: 'reject', message: 'pick.lotHeld', params: { lot }, progress: keep };
  if (v.kind === 'not_here')
    return {
      kind: 'reject',
      message: v.held.length ? 'pick.lotNotHere' : 'pick.lotNoneHere',
      params: { lot, location: line.location, lots: v.held.join(', ') },
      progress: keep,
    };
  if (v.kind === 'expired' && !s.office)
    return {
      kind: 'reject',
      message: 'pick.lotExpired',
      params: { lot, expiry: v.expiry },
      progress: keep,
    };
  const take = v.kind === 'not_fefo' ? v.take.lot : '';
  return {
    kind: 'step',
    message:
      v.kind === 'expired'
        ? 'pick.lotExpiredAsk'
        : v.kind === 'short_dated'
          ? 'pick.lotShortAsk'
          : 'pick.lotNotFefoAsk',
    params: {
      lot,
      take,
      expiry: v.kind === 'not_fefo' ? v.take.expiry : v.expiry,
      days: v.kind === 'short_dated' ? v.daysLeft : 0,
    },
    progress: {
      ...keep,
      lotAsk: { key: line.key, qty, lot, why: v.kind, take, ...(ship ? { ship } : {}) },
    },
  };
}

/** The picker's reason for the lot waiting in `lotAsk`: the pick is recorded with it. */
export function onLotReason(s: PickState, reason: LotReason): PickOutcome {
  const ask = s.progress.lotAsk;
  const line = s.line && ask && s.line.key === ask.key ? s.line : null;
  if (!line || !ask) return { kind: 'reject', message: 'pick.allDone' };
  if ((ask.why === 'expired') !== (reason === 'expired_override'))
    return { kind: 'reject', message: 'pick.lotChooseReason', progress: s.progress };
  return record(s, line, ask.qty, ask.lot, reason);
}

/** The picker took another line at this location first: judge the scan against that line. */
function switchTo(s: PickState, other: PickLine, r: Resolved): PickOutcome {
  const progress: Progress = { ...s.progress, focus: other.key, held: null };
  const rest = (s.sameLocation ?? []).filter((o) => o !== other);
  const out = onPickScan({ ...s, line: other, progress, sameLocation: rest }, r);
  const keep = (p: Progress | undefined): Progress => ({ ...(p ?? progress), focus: other.key });
  return out.kind === 'reject'
    ? { ...out, progress: keep(out.progress) }
    : { ...out, progress: keep(out.progress) };
}

export function onPickScan(s: PickState, r: Resolved): PickOutcome {
  const line = s.line;
  if (s.lost) return { kind: 'reject', message: 'pick.lostNoMore' };
  if (!line) return { kind: 'reject', message: 'pick.allDone' };
  const step = nextStep(s);
  const p = s.progress;
  if (r.kind === 'location') {
    if (r.location.code !== line.location)
      return {
        kind: 'reject',
        message: 'pick.wrongLocation',
        params: { scanned: r.location.code, location: line.location },
      };
    const progress = { ...p, location: r.location.code, held: null };
    const next = nextStep({ line, progress });
    return {
      kind: 'step',
      message: next === 'tote' ? 'pick.atLocationTote' : 'pick.atLocation',
      params: { location: line.location, tote: line.tote ?? '' },
      progress,
    };
  }
  if (step === 'location')
    return {
      kind: 'reject',
      message: 'pick.scanLocationFirst',
      params: { location: line.location },
    };
  if (r.kind === 'item') {
    const other = s.sameLocation?.find((o) => o.sku === r.item.sku);
    if (r.item.sku !== line.sku && other) return switchTo(s, other, r);
    if (r.item.sku !== line.sku)
      return {
        kind: 'reject',
        message: 'pick.wrongItem',
        params: { scanned: r.item.sku, sku: line.sku },
      };
    if (step === 'tote')
      return { kind: 'reject', message: 'pick.scanToteFirst', params: { tote: line.tote ?? '' } };
    const left = remaining(line);
    if (r.qty > left)
      return { kind: 'reject', message: 'pick.tooMany', params: { qty: r.qty, left } };
    if (!r.item.lotTracked) return record(s, line, r.qty, '');
    const ship = { minShelfDaysShip: r.item.minShelfDaysShip };
    const carried = p.lot?.sku === line.sku ? p.lot : null;
    const lot = r.lot ?? carried?.lot ?? null;
    if (lot) return checkLot(s, line, r.qty, lot, ship, r.lot ? undefined : carried?.reason);
    return {
      kind: 'step',
      message: 'pick.scanLot',
      params: { sku: line.sku },
      progress: { ...p, held: { key: line.key, qty: r.qty, ship }, lotAsk: null },
    };
  }
  // Totes and lot labels are not master data: they arrive as plain text.
  const text = r.text.trim();
  if (step === 'tote') {
    if (text === line.tote)
      return {
        kind: 'step',
        message: 'pick.toteOk',
        params: { tote: text, order: line.order },
        progress: { ...p, tote: text },
      };
    const here = s.sameLocation?.find((o) => o.tote === text);
    if (here) return switchTo(s, here, r);
    const other = s.list.orders.find((o) => o.tote === text);
    return other
      ? {
          kind: 'reject',
          message: 'pick.wrongTote',
          params: { scanned: text, order: other.order, tote: line.tote ?? '' },
        }
      : { kind: 'reject', message: 'pick.scanToteFirst', params: { tote: line.tote ?? '' } };
  }
  if (step === 'lot' && p.held && r.kind === 'unknown' && text)
    return checkLot(s, line, p.held.qty, text.slice(0, 20), p.held.ship);
  // Waiting for a reason: another lot label is a new choice for the same units.
  if (step === 'lotReason' && p.lotAsk && r.kind === 'unknown' && text)
    return checkLot(s, line, p.lotAsk.qty, text.slice(0, 20), p.lotAsk.ship);
  if (step === 'lotReason') return { kind: 'reject', message: 'pick.lotChooseReason', progress: p };
  // A lot label on its own, for a lot this face holds: the next item scans take that lot.
  const faceLot = s.face.find((f) => f.sku === line.sku && f.lot !== '' && f.lot === text);
  if (step === 'item' && faceLot)
    return {
      kind: 'step',
      message: 'pick.lotSet',
      params: { lot: text, sku: line.sku },
      progress: { ...p, lot: { sku: line.sku, lot: text } },
    };
  // Another order's tote at this location: the picker is starting that line first.
  const byTote = s.sameLocation?.find((o) => o.tote !== null && o.tote === text);
  if (byTote && text !== line.tote) return switchTo(s, byTote, r);
  // The tote already proven for this line, scanned again out of habit: fine, say so.
  if (line.tote !== null && text === line.tote)
    return {
      kind: 'step',
      message: 'pick.toteOk',
      params: { tote: text, order: line.order },
      progress: p,
    };
  return { kind: 'reject', message: 'pick.unknownScan', params: { text: text.slice(0, 40) } };
}
