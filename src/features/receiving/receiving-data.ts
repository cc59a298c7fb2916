// Receiving data on the device, offline: receipts and lines from the synced tables with this
// device's waiting receive ops folded on top (P15), the open arrival per receipt, and the last
// scan that can still be undone.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Receipt, ReceiptLine } from '#core/receiving/entities.ts';
import { overlayLines } from '#core/receiving/overlay.ts';
import { receiptStatus, receiptTotals, type ReceiptTotals } from '#core/receiving/progress.ts';
import { db, type LocalItem } from '../../db/database.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { overlayOps } from '../stock-hooks.ts';

export const receiptPath = (number: string): string => `/receive?r=${encodeURIComponent(number)}`;

export interface ReceiptSummary extends ReceiptTotals {
  receipt: Receipt;
}

/** Lines in receipt order, items not on the receipt last. */
export const byLine = (a: ReceiptLine, b: ReceiptLine): number =>
  (a.line ?? 1e9) - (b.line ?? 1e9) || a.sku.localeCompare(b.sku);

export async function receiptState(
  number: string,
): Promise<{ receipt: Receipt; lines: ReceiptLine[] } | null> {
  const receipt = await db.receipts.get(number);
  if (!receipt) return null;
  const [base, ops] = await Promise.all([
    db.receiptLines.where('receipt').equals(number).toArray(),
    overlayOps(),
  ]);
  const lines = overlayLines(base, ops, number).sort(byLine);
  return { receipt: { ...receipt, status: receiptStatus(receipt, lines) }, lines };
}

/** Receipts still to receive: open ones, then complete ones (they may still get extras). */
export async function receiptSummaries(): Promise<ReceiptSummary[]> {
  const [receipts, lines, ops] = await Promise.all([
    db.receipts.where('status').anyOf('open', 'complete').toArray(),
    db.receiptLines.toArray(),
    overlayOps(),
  ]);
  const all = overlayLines(lines, ops);
  return receipts.map((r) => {
    const mine = all.filter((l) => l.receipt === r.number);
    return { receipt: { ...r, status: receiptStatus(r, mine) }, ...receiptTotals(mine) };
  });
}

export const useReceiptSummaries = () => useLiveQuery(receiptSummaries, []);

export const useReceiptState = (number: string) =>
  useLiveQuery(() => receiptState(number), [number]);

export function useItems(skus: readonly string[]): Map<string, LocalItem> {
  const key = skus.join(',');
  const rows = useLiveQuery(() => db.items.bulkGet(key ? key.split(',') : []), [key]);
  return new Map((rows ?? []).filter((i): i is LocalItem => !!i).map((i) => [i.sku, i]));
}

/** The arrival this device has open on the receipt, started now if there is none. */
export async function ensureArrival(receipt: string): Promise<string> {
  return db.transaction('rw', db.receiptArrivals, async () => {
    const open = await db.receiptArrivals.get(receipt);
    if (open) return open.delivery;
    const delivery = crypto.randomUUID();
    await db.receiptArrivals.put({ receipt, delivery, startedAt: Date.now() });
    return delivery;
  });
}

/** Keeps the scan waiting for tracking data with the arrival, so a reload does not lose it. */
export async function keepHeld(receipt: string, held: unknown): Promise<void> {
  if (held !== null) await ensureArrival(receipt);
  await db.receiptArrivals.update(receipt, { held });
}

export const useArrival = (receipt: string) =>
  useLiveQuery(async () => (await db.receiptArrivals.get(receipt)) ?? null, [receipt]);

const payloadOf = (op: OutboxOp) =>
  op.payload as { receipt?: string; delivery?: string; undoes?: string };

/** This device's receive ops on a receipt, in seq order (rejected ones left out). */
async function receiveOps(receipt: string): Promise<OutboxOp[]> {
  const ops = await db.outbox.where('status').anyOf('pending', 'acked', 'done').sortBy('seq');
  return ops.filter(
    (o) =>
      (o.type === 'receive.item' || o.type === 'receive.undo') && payloadOf(o).receipt === receipt,
  );
}

/** Units this device recorded in a delivery (net of undos). */
export async function deliveryUnits(receipt: string, delivery: string): Promise<number> {
  const ops = await receiveOps(receipt);
  return ops
    .filter((o) => payloadOf(o).delivery === delivery)
    .reduce(
      (n, o) =>
        n + (o.type === 'receive.item' ? 1 : -1) * Number((o.payload as { qty: number }).qty),
      0,
    );
}

/** Units this device recorded in its open arrival on the receipt (0 with none open). */
export const useDeliveryUnits = (receipt: string) =>
  useLiveQuery(
    async () => {
      const arrival = await db.receiptArrivals.get(receipt);
      return arrival ? deliveryUnits(receipt, arrival.delivery) : 0;
    },
    [receipt],
    0,
  );

export const quarantineLocation = async (): Promise<string | null> =>
  (
    await db.locations
      .orderBy('walkSeq')
      .filter((l) => l.kind === 'quarantine')
      .first()
  )?.code ?? null;
