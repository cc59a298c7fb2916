// What one scan means on the pick screen, against the latest state (base lines plus this
// device's waiting ops, in route order): the location proves the picker is at the right place,
// the tote (batch lists) where the units go, the item that it is the right product; each item
// scan records its pack quantity (a case counts the case). Pure, so it is tested without a browser.
import type { Stock } from '#core/entities.ts';
import type { PickLine, PickList } from '#core/picking/entities.ts';
import { remaining } from '#core/picking/progress.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { Resolved } from '../../scan/resolve-local.ts';

/** What the picker has proven so far; carried across lines (same location, same tote, same lot). */
export interface Progress {
  location: string | null;
  tote: string | null;
  lot: { sku: string; lot: string } | null;
  /** An item scan of a lot-tracked item waiting for its lot, for this line. */
  held: { key: string; qty: number } | null;
  /** A line at this location the picker chose to pick first (K5: any order at one location). */
  focus: string | null;
}
export const freshProgress: Progress = {
  location: null,
  tote: null,
  lot: null,
  held: null,
  focus: null,
};

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
}

type Params = Record<string, string | number>;
export type PickOutcome =
  | { kind: 'reject'; message: MessageKey; params?: Params; progress?: Progress }
  | { kind: 'step'; message: MessageKey; params?: Params; progress: Progress }
  | { kind: 'record'; facts: PickFacts; progress: Progress };

/** What the picker should scan next on this line. */
export function nextStep(
  s: Pick<PickState, 'line' | 'progress'>,
): 'location' | 'tote' | 'item' | 'lot' | 'done' {
  const { line, progress: p } = s;
  if (!line) return 'done';
  if (p.location !== line.location) return 'location';
  if (line.tote !== null && p.tote !== line.tote) return 'tote';
  if (p.held?.key === line.key) return 'lot';
  return 'item';
}

function record(s: PickState, line: PickLine, qty: number, lot: string): PickOutcome {
  const expiry = s.face.find((f) => f.lot === lot && f.sku === line.sku)?.expiry ?? '';
  const progress: Progress = {
    ...s.progress,
    held: null,
    lot: lot ? { sku: line.sku, lot } : s.progress.lot,
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
    },
    progress,
  };
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
    const lot = r.lot ?? (p.lot?.sku === line.sku ? p.lot.lot : null);
    if (lot) return record(s, line, r.qty, lot);
    return {
      kind: 'step',
      message: 'pick.scanLot',
      params: { sku: line.sku },
      progress: { ...p, held: { key: line.key, qty: r.qty } },
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
    return record(s, line, p.held.qty, text.slice(0, 20));
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
