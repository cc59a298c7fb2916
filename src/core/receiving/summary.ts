// What a receiver is shown before finishing a delivery (rule R13, docs/receiving.md): per line
// expected against received, with what is short, over, damaged or scrapped, and the items that
// were not on the receipt. Device and server read the same lines (synced plus this device's
// waiting ops), so the summary is what the office will see.
import type { ReceiptLine } from './entities.ts';
import { lineState, overLimit, type LineState } from './progress.ts';

export interface SummaryLine {
  line: number | null;
  sku: string;
  expected: number;
  received: number;
  damaged: number;
  scrap: number;
  state: LineState;
  /** Units still to come (0 unless short). */
  short: number;
  /** Units above the tolerance (0 unless over). */
  over: number;
}

export interface DeliverySummary {
  /** Lines that need a word: short, over, damaged, scrapped or not on the receipt. */
  attention: SummaryLine[];
  /** Expected lines that are complete with nothing damaged or scrapped. */
  completeCount: number;
  /** True when every expected line has all its units (the receipt can be complete). */
  allArrived: boolean;
  shortLines: number;
  shortUnits: number;
}

export function deliverySummary(
  lines: readonly ReceiptLine[],
  tolerancePct: number,
): DeliverySummary {
  const rows: SummaryLine[] = lines.map((l) => {
    const state = lineState(l, tolerancePct);
    const expected = l.line === null ? 0 : l.expectedQty;
    return {
      line: l.line,
      sku: l.sku,
      expected,
      received: l.receivedQty,
      damaged: l.damagedQty,
      scrap: l.scrapQty,
      state,
      short: l.line === null ? 0 : Math.max(0, l.expectedQty - l.receivedQty),
      over: state === 'over' ? l.receivedQty - overLimit(l.expectedQty, tolerancePct) : 0,
    };
  });
  const clean = (r: SummaryLine) =>
    r.state === 'complete' && r.damaged === 0 && r.scrap === 0 && r.short === 0;
  const expectedRows = rows.filter((r) => r.line !== null);
  const short = expectedRows.filter((r) => r.short > 0);
  return {
    attention: rows.filter((r) => !clean(r) && (r.line === null ? r.received > 0 : true)),
    completeCount: rows.filter(clean).length,
    allArrived: expectedRows.length > 0 && short.length === 0,
    shortLines: short.length,
    shortUnits: short.reduce((n, r) => n + r.short, 0),
  };
}
