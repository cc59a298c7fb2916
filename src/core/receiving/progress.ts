// Receipt progress as a fold of receive facts over receipt lines: the server applies it when an
// op lands, the device replays its waiting ops with it on top of the synced lines (P15).
import { lineKey, type Receipt, type ReceiptLine, type ReceiptStatus } from './entities.ts';
import type { ReceivedFacts } from '../ops/receiving.ts';
import { serialsMissing } from '../goods/serial-progress.ts';

/** The most a line may receive before it is an over-receipt (tolerance rounds down). */
export const overLimit = (expectedQty: number, tolerancePct: number): number =>
  expectedQty + Math.floor((expectedQty * tolerancePct) / 100);

export const unexpectedLine = (receipt: string, sku: string): ReceiptLine => ({
  key: lineKey(receipt, null, sku),
  receipt,
  line: null,
  sku,
  expectedQty: 0,
  lot: '',
  expiry: '',
  serials: [],
  receivedQty: 0,
  damagedQty: 0,
  scrapQty: 0,
  receivedSerials: [],
  replacesLine: null,
});

function withoutOnce(list: readonly string[], remove: readonly string[]): string[] {
  const out = [...list];
  for (const s of remove) {
    const i = out.indexOf(s);
    if (i >= 0) out.splice(i, 1);
  }
  return out;
}

/** The line after receiving (sign 1) or undoing (sign -1) the facts. */
export function applyToLine(line: ReceiptLine, f: ReceivedFacts, sign: 1 | -1): ReceiptLine {
  const q = sign * f.qty;
  return {
    ...line,
    receivedQty: line.receivedQty + q,
    damagedQty: line.damagedQty + (f.condition === 'damaged' ? q : 0),
    scrapQty: line.scrapQty + (f.condition === 'scrap' ? q : 0),
    receivedSerials:
      sign > 0
        ? [...line.receivedSerials, ...f.serials]
        : withoutOnce(line.receivedSerials, f.serials),
  };
}

export type LineState = 'waiting' | 'partial' | 'complete' | 'over' | 'unexpected';

export function lineState(line: ReceiptLine, tolerancePct: number): LineState {
  if (line.line === null) return 'unexpected';
  if (line.receivedQty > overLimit(line.expectedQty, tolerancePct)) return 'over';
  // Enough units but an announced serial has not arrived: not complete (an extra stood in for it).
  if (line.receivedQty >= line.expectedQty) return serialsMissing(line) ? 'partial' : 'complete';
  return line.receivedQty > 0 ? 'partial' : 'waiting';
}

/** Closed stays closed; otherwise complete once every expected line has all its units. */
export function receiptStatus(
  receipt: Pick<Receipt, 'status'>,
  lines: readonly ReceiptLine[],
): ReceiptStatus {
  if (receipt.status === 'closed') return 'closed';
  const expected = lines.filter((l) => l.line !== null);
  return expected.length > 0 && expected.every((l) => l.receivedQty >= l.expectedQty)
    ? 'complete'
    : 'open';
}

/** Lines still short of what was expected, for closing and for the office. */
export const shortLines = (lines: readonly ReceiptLine[]) =>
  lines
    .filter((l) => l.line !== null && l.receivedQty < l.expectedQty)
    .map((l) => ({ line: l.line!, sku: l.sku, expected: l.expectedQty, received: l.receivedQty }));

export interface ReceiptTotals {
  expected: number;
  received: number;
}

/** Units expected and received on expected lines (extras are shown apart). */
export const receiptTotals = (lines: readonly ReceiptLine[]): ReceiptTotals =>
  lines.reduce(
    (t, l) =>
      l.line === null
        ? t
        : {
            expected: t.expected + l.expectedQty,
            received: t.received + Math.max(0, l.receivedQty),
          },
    { expected: 0, received: 0 },
  );
