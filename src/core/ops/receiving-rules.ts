// Judgements about a receive, made the same way on the device (to warn at the scan) and on the
// server (to raise exceptions): over-receipt beyond tolerance, an item not on the receipt, a
// closed receipt, serials that are duplicates or not announced, tracking data missing, a lot
// that is expired or short-dated (R9) or not the one the receipt announced (R10).
import type { Item } from '../entities.ts';
import { judgeReceiveShelfLife, type ShelfLifeRule } from '../goods/shelf-life.ts';
import type { Receipt, ReceiptLine } from '../receiving/entities.ts';
import { overLimit } from '../receiving/progress.ts';
import type { ReceivedFacts } from './receiving.ts';

export type ReceiveFinding =
  | { kind: 'over'; expected: number; limit: number; received: number }
  | { kind: 'unexpected_item' }
  | { kind: 'closed_receipt' }
  | { kind: 'damaged' }
  | { kind: 'scrap' }
  | { kind: 'serial_duplicate'; serials: string[] }
  | { kind: 'serial_unexpected'; serials: string[] }
  | { kind: 'missing_tracking'; fields: ('lot' | 'expiry' | 'serial')[] }
  | { kind: 'expired'; expiry: string; daysLeft: number }
  | { kind: 'short_dated'; expiry: string; daysLeft: number; minDays: number }
  | { kind: 'lot_other'; announced: string; read: string };

export type Tracking = Pick<Item, 'lotTracked' | 'expiryTracked' | 'serialTracked'>;

/** Which tracking data a tracked item still lacks; the device asks for exactly these. */
export function missingTracking(
  item: Tracking,
  f: { lot: string; expiry: string; serials: readonly string[] },
): ('lot' | 'expiry' | 'serial')[] {
  const out: ('lot' | 'expiry' | 'serial')[] = [];
  if (item.lotTracked && !f.lot.trim()) out.push('lot');
  if (item.expiryTracked && !f.expiry) out.push('expiry');
  if (item.serialTracked && !f.serials.length) out.push('serial');
  return out;
}

/** Serials already received on any line of the receipt with this sku, and ones not announced. */
export function checkSerials(
  serials: readonly string[],
  line: ReceiptLine | null,
  sameSkuLines: readonly ReceiptLine[],
): { duplicate: string[]; unexpected: string[] } {
  const seen = new Set(sameSkuLines.flatMap((l) => l.receivedSerials));
  const announced = new Set(line?.serials ?? []);
  return {
    duplicate: serials.filter((s) => seen.has(s)),
    unexpected: announced.size ? serials.filter((s) => !announced.has(s)) : [],
  };
}

export interface ReceiveContext {
  receipt: Pick<Receipt, 'status' | 'tolerancePct' | 'type'>;
  /** The line as it stood before this receive; null when the item has no line yet. */
  line: ReceiptLine | null;
  /** Every line of the receipt with the same sku, before this receive (serial duplicates). */
  sameSkuLines: readonly ReceiptLine[];
  item: Tracking & Partial<ShelfLifeRule>;
  /** The ISO day the receive is judged on; without it shelf life is not judged. */
  today?: string;
}

/** The receipt line announced a lot and the goods carry another (R10): recorded as read. */
export function lotOther(line: ReceiptLine | null, lot: string): ReceiveFinding | null {
  if (!line || line.line === null || !line.lot || !lot || lot === line.lot) return null;
  return { kind: 'lot_other', announced: line.lot, read: lot };
}

/** Shelf-life reasons a receive to quarantine may give (R9). */
export const isShelfLifeFinding = (
  x: ReceiveFinding,
): x is Extract<ReceiveFinding, { kind: 'expired' | 'short_dated' }> =>
  x.kind === 'expired' || x.kind === 'short_dated';

/** Everything about this receive a supervisor should hear of. */
export function judgeReceive(
  f: ReceivedFacts & { reason?: string | null },
  c: ReceiveContext,
): ReceiveFinding[] {
  const out: ReceiveFinding[] = [];
  if (c.receipt.status === 'closed') out.push({ kind: 'closed_receipt' });
  if (f.line === null) {
    // Raised when the extra item first appears (or reappears after an undo), not on every scan.
    if (!c.line || c.line.receivedQty <= 0) out.push({ kind: 'unexpected_item' });
  } else if (c.line) {
    const limit = overLimit(c.line.expectedQty, c.receipt.tolerancePct);
    const after = c.line.receivedQty + f.qty;
    // Raised when the line crosses its limit, once; the line row always shows the full count.
    if (c.line.receivedQty <= limit && after > limit)
      out.push({ kind: 'over', expected: c.line.expectedQty, limit, received: after });
  }
  const shelf = c.today ? judgeReceiveShelfLife(f.expiry, c.item, c.today) : null;
  if (shelf) out.push(shelf);
  // Expired goods sent to quarantine for that reason are one exception (the shelf life), not two.
  const forShelfLife = shelf && (f.reason === 'expired' || f.reason === 'short_dated');
  if (f.condition === 'damaged' && !forShelfLife) out.push({ kind: 'damaged' });
  // A scrapped return is an inspection outcome; a scrapped purchase is a claim on the supplier.
  if (f.condition === 'scrap' && c.receipt.type === 'purchase') out.push({ kind: 'scrap' });
  const serials = checkSerials(f.serials, c.line, c.sameSkuLines);
  if (serials.duplicate.length) out.push({ kind: 'serial_duplicate', serials: serials.duplicate });
  if (serials.unexpected.length)
    out.push({ kind: 'serial_unexpected', serials: serials.unexpected });
  const other = lotOther(c.line, f.lot);
  if (other) out.push(other);
  const missing = missingTracking(c.item, f);
  if (missing.length) out.push({ kind: 'missing_tracking', fields: missing });
  return out;
}
