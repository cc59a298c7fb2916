// Counting one location as a small pure state machine over the draft: item scans add up (a
// case barcode counts the case), lots and expiry come from GS1 labels or are typed; a location
// scan while nothing is counted moves to that location. Tested without a browser.
import type { CountLine } from '#core/ops/counting.ts';
import { addToCount } from '#core/counting/rules.ts';
import type { CountDraft } from '../../db/counting-types.ts';
import type { LocalItem } from '../../db/database.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { Resolved } from '../../scan/resolve-local.ts';
import { scanProblem } from '../../scan/scan-problem.ts';

export type CountOutcome =
  | { kind: 'added'; draft: CountDraft; sku: string; qty: number; total: number }
  | { kind: 'switch'; location: string }
  | { kind: 'reject'; message: MessageKey; params?: Record<string, string | number> };

export const draftKey = (task: string | null, location: string): string =>
  `${task ?? ''}|${location}`;

export const emptyDraft = (task: string | null, location: string, at: number): CountDraft => ({
  key: draftKey(task, location),
  task,
  location,
  lines: [],
  scans: [],
  startedAt: at,
});

export function onCountScan(
  draft: CountDraft,
  r: Resolved,
  source: 'camera' | 'wedge' | 'typed' = 'wedge',
): CountOutcome {
  const problem = scanProblem(r);
  if (problem) return { kind: 'reject', ...problem };
  if (r.kind === 'location') {
    if (r.location.code === draft.location)
      return {
        kind: 'reject',
        message: 'count.sameLocation',
        params: { location: r.location.code },
      };
    if (draft.lines.length)
      return { kind: 'reject', message: 'count.submitFirst', params: { location: draft.location } };
    return { kind: 'switch', location: r.location.code };
  }
  if (r.kind !== 'item')
    return { kind: 'reject', message: 'scan.notItem', params: { text: r.text } };
  const scan = {
    sku: r.item.sku,
    lot: r.item.lotTracked ? (r.lot ?? '') : '',
    expiry: r.item.expiryTracked ? (r.expiry ?? '') : '',
    qty: r.qty,
  };
  const lines = addToCount(draft.lines, scan);
  const total = lines
    .filter((l) => l.sku === scan.sku && l.lot === scan.lot && l.expiry === scan.expiry)
    .reduce((n, l) => n + l.qty, 0);
  const scans = [...draft.scans, { text: r.text.slice(0, 200), source }].slice(-50);
  return { kind: 'added', draft: { ...draft, lines, scans }, sku: scan.sku, qty: scan.qty, total };
}

/** A tracked item needs its lot or expiry before the count can be submitted. */
export function missingTracking(
  lines: readonly CountLine[],
  items: ReadonlyMap<string, LocalItem>,
): CountLine | null {
  return (
    lines.find((l) => {
      const item = items.get(l.sku);
      return (
        l.qty > 0 &&
        ((item?.lotTracked && !l.lot.trim()) ||
          (item?.expiryTracked && !/^\d{4}-\d{2}-\d{2}$/.test(l.expiry)))
      );
    }) ?? null
  );
}

/** Lines edited on screen may collide (same item, lot and expiry): merge them before sending. */
export function mergedLines(lines: readonly CountLine[]): CountLine[] {
  let out: CountLine[] = [];
  for (const l of lines) out = addToCount(out, { ...l, lot: l.lot.trim() });
  return out;
}

export const countPayload = (d: CountDraft, empty: boolean) => ({
  task: d.task,
  location: d.location,
  lines: empty ? [] : mergedLines(d.lines),
  empty,
  scans: d.scans.slice(-50),
});
