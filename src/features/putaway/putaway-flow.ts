// Putaway as scans: scan an item waiting at a dock (a dock location first narrows the list), then
// the location it actually went into. Pure, so it is tested without a browser.
import type { Location } from '#core/entities.ts';
import { isPutawayTarget } from '#core/receiving/putaway.ts';
import { flaggedTargetOk } from '#core/goods/putaway-guard.ts';
import { heldLotMayGoTo, isLotHeld } from '#core/goods/lot-holds.ts';
import type { Resolved } from '../../scan/resolve-local.ts';
import { scanProblem } from '../../scan/scan-problem.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { TaskView } from './putaway-data.ts';

export interface PutState {
  tasks: TaskView[];
  selected: TaskView | null;
  qty: number;
  crossDock: boolean;
  dock: string | null;
  /** Lots on hold (Q2), as `SKU|LOT`. */
  holds?: ReadonlySet<string>;
}

export interface PutawayFacts {
  sku: string;
  from: string;
  to: string;
  qty: number;
  lot: string;
  expiry: string;
  suggested: string | null;
  crossDock: boolean;
}

type Msg = { message: MessageKey; params?: Record<string, string | number> };
export type PutOutcome =
  | ({ kind: 'reject' } & Msg)
  | { kind: 'select'; task: TaskView }
  | { kind: 'dock'; dock: Location }
  /** `waiting`: what the device knows waits at the dock; more than that is `overDock`. */
  | { kind: 'record'; facts: PutawayFacts; overDock: boolean; waiting: number };

export function onPutawayScan(s: PutState, r: Resolved): PutOutcome {
  const problem = scanProblem(r);
  if (problem) return { kind: 'reject', ...problem };
  if (r.kind === 'unknown' || r.kind === 'invalid' || r.kind === 'document')
    return { kind: 'reject', message: 'scan.notItem', params: { text: r.text } };
  if (r.kind === 'item') {
    const task = s.tasks.find(
      (x) =>
        x.sku === r.item.sku &&
        (!s.dock || x.from === s.dock) &&
        (!r.lot || x.lot === r.lot) &&
        (!r.expiry || x.expiry === r.expiry),
    );
    return task
      ? { kind: 'select', task }
      : { kind: 'reject', message: 'putaway.notAtDock', params: { sku: r.item.sku } };
  }
  const loc = r.location;
  if (loc.kind === 'dock') return { kind: 'dock', dock: loc };
  if (!s.selected) return { kind: 'reject', message: 'putaway.selectFirst' };
  // Q2: a held lot goes into quarantine only.
  if (isLotHeld(s.holds ?? new Set(), s.selected.sku, s.selected.lot) && !heldLotMayGoTo(loc))
    return {
      kind: 'reject',
      message: 'move.lotHeld',
      params: { lot: s.selected.lot, sku: s.selected.sku },
    };
  if (s.selected.shelfLife) {
    if (!flaggedTargetOk(loc))
      return {
        kind: 'reject',
        message: 'goods.notPickFace',
        params: { sku: s.selected.sku, lot: s.selected.lot || '—' },
      };
  } else if (!isPutawayTarget(loc))
    return { kind: 'reject', message: 'putaway.notTarget', params: { location: loc.code } };
  if (s.crossDock && loc.kind !== 'outbound')
    return { kind: 'reject', message: 'putaway.notOutbound', params: { location: loc.code } };
  if (!Number.isInteger(s.qty) || s.qty < 1)
    return { kind: 'reject', message: 'qty.invalid', params: { max: 1_000_000 } };
  const t = s.selected;
  return {
    kind: 'record',
    overDock: s.qty > t.qty,
    waiting: t.qty,
    facts: {
      sku: t.sku,
      from: t.from,
      to: loc.code,
      qty: s.qty,
      lot: t.lot,
      expiry: t.expiry,
      suggested: t.suggestion?.code ?? null,
      crossDock: loc.kind === 'outbound',
    },
  };
}
