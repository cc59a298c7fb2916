// What one scan means on the receiving screen, against the latest state: an item scan becomes a
// receive (against the right line, or as an extra item), or is held until its lot, expiry or
// serial is given; a receipt barcode opens that receipt. Pure, so it is tested without a browser.
import type { Receipt, ReceiptLine } from '#core/receiving/entities.ts';
import {
  checkSerials,
  judgeReceive,
  missingTracking,
  type ReceiveFinding,
} from '#core/ops/receiving-rules.ts';
import type { Condition, DamageReason } from '#core/ops/receiving.ts';
import type { RefuseReason } from '#core/ops/receiving-refuse.ts';
import { isoDay, judgeReceiveShelfLife, type ShelfLifeVerdict } from '#core/goods/shelf-life.ts';
import { serialSchema } from '#core/receiving/entities.ts';
import type { LocalItem } from '../../db/database.ts';
import type { Resolved } from '../../scan/resolve-local.ts';
import { scanProblem } from '../../scan/scan-problem.ts';
import type { MessageKey } from '../../messages/i18n.ts';

export type ReceiveScan = Resolved | { kind: 'receipt'; receipt: Receipt; text: string };

/** How the next scan is recorded: good, or damaged/scrap with a reason and maybe a photo. */
export interface Mode {
  condition: Condition;
  reason: DamageReason | null;
  photo: string | null;
}
export const goodMode: Mode = { condition: 'good', reason: null, photo: null };

export type TrackingField = 'lot' | 'expiry' | 'serial';

/** An item scan waiting for its lot, expiry or serial. */
export interface Held {
  item: LocalItem;
  line: number | null;
  qty: number;
  lot: string;
  expiry: string;
  serials: string[];
  need: TrackingField[];
  /** What the receipt line announced: shown as a hint, never taken as what was read (R11). */
  announcedLot?: string;
  announcedExpiry?: string;
}

export interface FlowState {
  receipt: Receipt;
  /** Lines with this device's waiting ops on top. */
  lines: ReceiptLine[];
  /** Where damaged units go; null when the warehouse has no quarantine location. */
  quarantine: string | null;
  mode: Mode;
  /** The next item scan counts this many times its pack quantity. */
  multiplier: number;
  held: Held | null;
  /** The ISO day shelf life is judged on (R9); today when absent. */
  today?: string;
}

/** A receive as the screen records it (the screen adds the delivery and the scans). */
export interface Facts {
  receipt: string;
  line: number | null;
  sku: string;
  qty: number;
  lot: string;
  expiry: string;
  serials: string[];
  condition: Condition;
  reason: DamageReason | null;
  photo: string | null;
  location: string | null;
}

/** Goods the receiver refused at the dock (R9): recorded, not received. */
export interface RefuseFacts {
  receipt: string;
  line: number | null;
  sku: string;
  qty: number;
  lot: string;
  expiry: string;
  reason: RefuseReason;
}

type Msg = { message: MessageKey; params?: Record<string, string | number> };
export type Outcome =
  | ({ kind: 'reject' } & Msg)
  | ({ kind: 'hold'; held: Held } & Msg)
  | { kind: 'record'; facts: Facts; findings: ReceiveFinding[]; item: LocalItem }
  | { kind: 'decide'; held: Held; verdict: ShelfLifeVerdict }
  | { kind: 'refuse'; facts: RefuseFacts; verdict: ShelfLifeVerdict | null }
  | { kind: 'open'; receipt: Receipt };

/** The expected line an item goes against: same lot if the label says, else the first not yet full. */
export function matchLine(
  lines: readonly ReceiptLine[],
  sku: string,
  lot = '',
): ReceiptLine | null {
  const mine = lines
    .filter((l) => l.line !== null && l.sku === sku)
    .sort((a, b) => a.line! - b.line!);
  return (
    (lot ? mine.find((l) => l.lot === lot && l.receivedQty < l.expectedQty) : undefined) ??
    mine.find((l) => l.receivedQty < l.expectedQty) ??
    mine[0] ??
    null
  );
}

/** YYYY-MM-DD, or the GS1 form YYMMDD; null when it is not a date. */
export function parseExpiry(text: string): string | null {
  const t = text.trim();
  let iso = /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : null;
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(t);
  if (!iso && m) iso = `20${m[1]}-${m[2]}-${m[3]}`;
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

const lineOf = (s: FlowState, held: Pick<Held, 'item' | 'line'>) =>
  s.lines.find((l) => l.line === held.line && l.sku === held.item.sku) ??
  s.lines.find((l) => l.line === null && l.sku === held.item.sku && held.line === null) ??
  null;

const verdictOf = (s: FlowState, held: Held): ShelfLifeVerdict | null =>
  held.item.expiryTracked
    ? judgeReceiveShelfLife(held.expiry, held.item, s.today ?? isoDay(Date.now()))
    : null;

/**
 * The receiver's answer to an expired or short-dated lot (R9): receive it into quarantine (the
 * shelf life is the reason) or refuse it. Either way a supervisor is told.
 */
export function decideShelfLife(
  s: FlowState,
  held: Held,
  choice: 'quarantine' | 'refuse',
): Outcome {
  const verdict = verdictOf(s, held);
  if (choice === 'refuse')
    return {
      kind: 'refuse',
      verdict,
      facts: {
        receipt: s.receipt.number,
        line: held.line,
        sku: held.item.sku,
        qty: held.qty,
        lot: held.item.lotTracked ? held.lot.trim() : '',
        expiry: held.expiry,
        reason: verdict?.kind ?? 'other',
      },
    };
  const reason: DamageReason = verdict?.kind === 'short_dated' ? 'short_dated' : 'expired';
  return settle({ ...s, mode: { condition: 'damaged', reason, photo: null } }, held);
}

/** Records the held scan once nothing is missing; otherwise keeps holding. */
export function settle(s: FlowState, held: Held): Outcome {
  const need = missingTracking(held.item, held);
  if (need.length) return { kind: 'hold', held: { ...held, need }, message: promptFor(need[0]!) };
  const line = lineOf(s, held);
  if (held.serials.length) {
    const sameSku = s.lines.filter((l) => l.sku === held.item.sku);
    const { duplicate } = checkSerials(held.serials, line, sameSku);
    if (duplicate.length)
      return {
        kind: 'reject',
        message: 'receive.serialDuplicate',
        params: { serial: duplicate.join(', ') },
      };
  }
  const { condition, reason, photo } = s.mode;
  if (condition !== 'good' && !reason) return { kind: 'reject', message: 'receive.pickReason' };
  // Expired or short-dated goods are never received as plain good stock: the receiver decides.
  const verdict = condition === 'good' ? verdictOf(s, held) : null;
  if (verdict) return { kind: 'decide', held, verdict };
  if (condition === 'damaged' && !s.quarantine)
    return { kind: 'reject', message: 'receive.noQuarantine' };
  const facts: Facts = {
    receipt: s.receipt.number,
    line: held.line,
    sku: held.item.sku,
    qty: held.qty,
    lot: held.item.lotTracked ? held.lot.trim() : '',
    expiry: held.item.expiryTracked ? held.expiry : '',
    serials: held.serials,
    condition,
    reason: condition === 'good' ? null : reason,
    photo: condition === 'good' ? null : photo,
    location: condition === 'good' ? s.receipt.dock : condition === 'damaged' ? s.quarantine : null,
  };
  const findings = judgeReceive(
    { ...facts, delivery: '', reason: facts.reason },
    {
      receipt: s.receipt,
      line,
      sameSkuLines: s.lines.filter((l) => l.sku === held.item.sku),
      item: held.item,
      today: s.today ?? isoDay(Date.now()),
    },
  );
  return { kind: 'record', facts, findings, item: held.item };
}

const promptFor = (f: TrackingField): MessageKey =>
  f === 'lot' ? 'receive.needLot' : f === 'expiry' ? 'receive.needExpiry' : 'receive.needSerial';

/** The held scan with one more thing given; records it once nothing the label lacked is missing. */
function next(s: FlowState, held: Held, given: Partial<Held>, fields: TrackingField[]): Outcome {
  const need = held.need.filter((f) => !fields.includes(f));
  const h = { ...held, ...given, need };
  return need.length ? { kind: 'hold', held: h, message: promptFor(need[0]!) } : settle(s, h);
}

/** A scan while a held item waits for its tracking data. */
function onHeldScan(s: FlowState, held: Held, scan: ReceiveScan): Outcome {
  if (scan.kind === 'item') {
    if (scan.item.sku !== held.item.sku)
      return { kind: 'reject', message: 'receive.finishHeld', params: { sku: held.item.sku } };
    // The same item again, now with a label that carries some of what was missing.
    const given: Partial<Held> = {
      ...(scan.lot ? { lot: scan.lot } : {}),
      ...(scan.expiry ? { expiry: scan.expiry } : {}),
      ...(scan.serial ? { serials: [scan.serial] } : {}),
    };
    const fields = (['lot', 'expiry', 'serial'] as const).filter((f) =>
      f === 'serial' ? Boolean(scan.serial) : Boolean(scan[f]),
    );
    return next(s, held, given, fields);
  }
  // A separate lot, date or serial label (which may look like a broken barcode): it fills the
  // first thing the item label lacked.
  if (scan.kind !== 'unknown' && scan.kind !== 'invalid')
    return { kind: 'reject', message: 'receive.finishHeld', params: { sku: held.item.sku } };
  const field = held.need[0];
  const text = scan.text.trim();
  if (field === 'lot') {
    if (text.length > 20) return { kind: 'reject', message: 'receive.badLot' };
    return next(s, held, { lot: text }, ['lot']);
  }
  if (field === 'expiry') {
    const expiry = parseExpiry(text);
    if (!expiry) return { kind: 'reject', message: 'receive.badExpiry', params: { text } };
    return next(s, held, { expiry }, ['expiry']);
  }
  if (field === 'serial') {
    if (!serialSchema.safeParse(text).success)
      return { kind: 'reject', message: 'receive.badSerial', params: { text } };
    return next(s, held, { serials: [text] }, ['serial']);
  }
  return { kind: 'reject', message: 'scan.unknown', params: { text } };
}

export function onReceiveScan(s: FlowState, scan: ReceiveScan): Outcome {
  if (s.held) return onHeldScan(s, s.held, scan);
  switch (scan.kind) {
    case 'receipt':
      return scan.receipt.number === s.receipt.number
        ? {
            kind: 'reject',
            message: 'receive.sameReceipt',
            params: { number: scan.receipt.number },
          }
        : { kind: 'open', receipt: scan.receipt };
    case 'unknown':
    case 'invalid': {
      const problem = scanProblem(scan)!;
      return { kind: 'reject', ...problem };
    }
    case 'document':
      return { kind: 'reject', message: 'scan.notItem', params: { text: scan.text } };
    case 'location':
      return { kind: 'reject', message: 'receive.locationHere', params: { text: scan.text } };
    case 'item': {
      const qty = scan.qty * s.multiplier;
      if (scan.item.serialTracked && qty !== 1)
        return {
          kind: 'reject',
          message: 'receive.serialOneByOne',
          params: { sku: scan.item.sku },
        };
      const line = matchLine(s.lines, scan.item.sku, scan.lot ?? '');
      const serials = scan.serial ? [scan.serial] : [];
      // Ask for what the label did not carry. The prompt starts empty: what the receipt line
      // expects is a hint, never the value (R11), so nobody records a lot they did not read.
      const need = missingTracking(scan.item, {
        lot: scan.lot ?? '',
        expiry: scan.expiry ?? '',
        serials,
      });
      const held: Held = {
        item: scan.item,
        line: line?.line ?? null,
        qty,
        lot: scan.lot ?? '',
        expiry: scan.expiry ?? '',
        serials,
        need,
        announcedLot: line?.lot ?? '',
        announcedExpiry: line?.expiry ?? '',
      };
      return need.length ? { kind: 'hold', held, message: promptFor(need[0]!) } : settle(s, held);
    }
  }
}
