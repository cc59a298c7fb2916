// The receipt's scan history on this device (finding M3): every receive.item this device
// recorded on the receipt, newest first, whether an undo took it back, and whether it has
// reached the server. Undo names one entry; "Undo last" only reaches into the open arrival, so
// it never steps back into an earlier delivery unasked.
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import type { T } from '../../app/use-t.ts';

export interface HistoryEntry {
  op: OutboxOp;
  undone: boolean;
  synced: boolean;
  /** The entry belongs to the arrival open now. */
  current: boolean;
}

interface ReceivePayload {
  receipt?: string;
  delivery?: string;
  undoes?: string;
  qty?: number;
  sku?: string;
  lot?: string;
  expiry?: string;
  serials?: string[];
  condition?: 'good' | 'damaged' | 'scrap';
  location?: string;
}
const payloadOf = (op: OutboxOp) => op.payload as ReceivePayload;

export async function scanHistory(receipt: string): Promise<HistoryEntry[]> {
  const [ops, arrival] = await Promise.all([
    db.outbox.where('status').anyOf('pending', 'acked', 'done').sortBy('seq'),
    db.receiptArrivals.get(receipt),
  ]);
  const mine = ops.filter(
    (o) =>
      (o.type === 'receive.item' || o.type === 'receive.undo') && payloadOf(o).receipt === receipt,
  );
  const undone = new Set(
    mine.filter((o) => o.type === 'receive.undo').map((o) => payloadOf(o).undoes),
  );
  return mine
    .filter((o) => o.type === 'receive.item')
    .map((op) => ({
      op,
      undone: undone.has(op.opId),
      synced: op.status !== 'pending',
      current: !!arrival && payloadOf(op).delivery === arrival.delivery,
    }))
    .reverse();
}

export const useScanHistory = (receipt: string) =>
  useLiveQuery(() => scanHistory(receipt), [receipt], []);

/** The newest scan of the open arrival that no undo took back yet. */
export const lastOfArrival = (history: readonly HistoryEntry[]): HistoryEntry | null =>
  history.find((h) => h.current && !h.undone) ?? null;

/** One scan in words: "1 × SKU-10003 damaged → QUAR-1 · lot L1 · serial S1". */
export function scanWords(op: OutboxOp, t: T): string {
  const p = payloadOf(op);
  const what = { qty: p.qty ?? '?', sku: p.sku ?? '?', location: p.location ?? '?' };
  const head =
    p.condition === 'damaged'
      ? t('receive.doneDamaged', what)
      : p.condition === 'scrap'
        ? t('receive.doneScrap', what)
        : t('receive.done', what);
  const tail = [
    p.lot && t('receive.lotExpected', { lot: p.lot }),
    p.expiry && t('history.expiry', { expiry: p.expiry }),
    p.serials?.length && t('history.serials', { serials: p.serials.join(', ') }),
  ].filter(Boolean);
  return [head, ...tail].join(' · ');
}
