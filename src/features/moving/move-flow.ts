// The stock move as a small state machine: from-location, item (repeat scans add packs),
// quantity, to-location. Scans drive it without touching the screen; pure, so it is tested.
import type { Location } from '#core/entities.ts';
import { leavesQuarantine } from '#core/goods/quarantine.ts';
import { heldLotMayGoTo, isLotHeld } from '#core/goods/lot-holds.ts';
import type { LocalItem } from '../../db/database.ts';
import type { Resolved } from '../../scan/resolve-local.ts';
import { scanProblem } from '../../scan/scan-problem.ts';
import type { MessageKey } from '../../messages/i18n.ts';

export type MoveStep = 'from' | 'item' | 'qty';

export interface MoveState {
  step: MoveStep;
  from: Location | null;
  item: LocalItem | null;
  qty: number;
  lot: string;
  expiry: string;
}

export const initialMove: MoveState = {
  step: 'from',
  from: null,
  item: null,
  qty: 0,
  lot: '',
  expiry: '',
};

export type MoveOutcome =
  | { kind: 'next'; state: MoveState; tone: 'success' }
  | { kind: 'reject'; message: MessageKey; params?: Record<string, string | number> }
  | { kind: 'record'; state: MoveState; to: Location }
  /** Q1: the move takes stock out of quarantine; only a supervisor's release may do that. */
  | { kind: 'release'; state: MoveState; to: Location };

export function onScan(
  s: MoveState,
  r: Resolved,
  holds: ReadonlySet<string> = new Set(),
): MoveOutcome {
  const problem = scanProblem(r);
  if (problem) return { kind: 'reject', ...problem };
  if (r.kind === 'document' || r.kind === 'unknown' || r.kind === 'invalid') {
    const message = s.step === 'item' ? 'scan.notItem' : 'scan.notLocation';
    return { kind: 'reject', message, params: { text: r.text } };
  }
  switch (s.step) {
    case 'from':
      if (r.kind !== 'location')
        return { kind: 'reject', message: 'scan.notLocation', params: { text: r.text } };
      return {
        kind: 'next',
        tone: 'success',
        state: { ...initialMove, step: 'item', from: r.location },
      };
    case 'item':
      // Scanning another location here means the worker is at a different shelf after all.
      if (r.kind === 'location')
        return {
          kind: 'next',
          tone: 'success',
          state: { ...initialMove, step: 'item', from: r.location },
        };
      return {
        kind: 'next',
        tone: 'success',
        state: {
          ...s,
          step: 'qty',
          item: r.item,
          qty: r.qty,
          lot: r.lot ?? '',
          expiry: r.expiry ?? '',
        },
      };
    case 'qty':
      if (r.kind === 'item') {
        if (r.item.sku !== s.item!.sku)
          return {
            kind: 'reject',
            message: 'scan.wrongItem',
            params: { sku: r.item.sku, expected: s.item!.sku },
          };
        return {
          kind: 'next',
          tone: 'success',
          state: { ...s, qty: s.qty + r.qty, lot: r.lot ?? s.lot, expiry: r.expiry ?? s.expiry },
        };
      }
      if (r.location.code === s.from!.code) return { kind: 'reject', message: 'move.sameLocation' };
      return readyToRecord(s, r.location, holds);
  }
}

export function readyToRecord(
  s: MoveState,
  to: Location,
  holds: ReadonlySet<string> = new Set(),
): MoveOutcome {
  if (s.item?.lotTracked && !s.lot.trim()) return { kind: 'reject', message: 'move.needLot' };
  if (s.item?.expiryTracked && !/^\d{4}-\d{2}-\d{2}$/.test(s.expiry))
    return { kind: 'reject', message: 'move.needExpiry' };
  if (!Number.isInteger(s.qty) || s.qty < 1)
    return { kind: 'reject', message: 'qty.invalid', params: { max: 1_000_000 } };
  // Q2: a held lot goes into quarantine only, also by a supervisor's release.
  if (s.item && isLotHeld(holds, s.item.sku, s.lot.trim()) && !heldLotMayGoTo(to))
    return {
      kind: 'reject',
      message: 'move.lotHeld',
      params: { lot: s.lot.trim(), sku: s.item.sku },
    };
  if (leavesQuarantine(s.from!, to)) return { kind: 'release', state: s, to };
  return { kind: 'record', state: s, to };
}

/** The release op's payload: the move's, with the supervisor's reason. */
export const releasePayload = (
  s: MoveState,
  to: Location,
  scans: { text: string; source: 'camera' | 'wedge' | 'typed' }[],
  reason: string,
) => ({ ...movePayload(s, to, scans), reason: reason.trim() });

export const movePayload = (
  s: MoveState,
  to: Location,
  scans: { text: string; source: 'camera' | 'wedge' | 'typed' }[],
) => ({
  sku: s.item!.sku,
  from: s.from!.code,
  to: to.code,
  qty: s.qty,
  lot: s.item!.lotTracked ? s.lot.trim() : '',
  expiry: s.item!.expiryTracked ? s.expiry : '',
  scans: scans.slice(-10),
});
