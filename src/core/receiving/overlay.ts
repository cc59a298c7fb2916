// Receipt lines as the device shows them: synced lines with its waiting receive and undo ops
// folded on top by the same fold the server applies (P15). Lines of items not on the receipt
// appear as soon as a waiting op creates them.
import type { PendingOp } from '../overlay.ts';
import {
  receiveItemPayloadV1,
  receiveUndoPayloadV1,
  receiveWrongItemPayloadV1,
} from '../ops/receiving.ts';
import { lineKey, type ReceiptLine } from './entities.ts';
import { applyToLine, unexpectedLine } from './progress.ts';

export function overlayLines(
  base: readonly ReceiptLine[],
  ops: readonly PendingOp[],
  receipt?: string,
): ReceiptLine[] {
  const lines = new Map(base.map((l) => [l.key, l]));
  for (const op of ops) {
    if (op.type === 'receive.wrong_item' && op.v === 1) {
      const w = receiveWrongItemPayloadV1.safeParse(op.payload);
      const key = w.success ? lineKey(w.data.receipt, null, w.data.sku) : '';
      const extra = lines.get(key);
      if (w.success && extra) lines.set(key, { ...extra, replacesLine: w.data.insteadOfLine });
      continue;
    }
    if (op.v !== 1 || (op.type !== 'receive.item' && op.type !== 'receive.undo')) continue;
    const parsed = (
      op.type === 'receive.item' ? receiveItemPayloadV1 : receiveUndoPayloadV1
    ).safeParse(op.payload);
    if (!parsed.success) continue;
    const f = parsed.data;
    if (receipt !== undefined && f.receipt !== receipt) continue;
    const key = lineKey(f.receipt, f.line, f.sku);
    const line = lines.get(key) ?? (f.line === null ? unexpectedLine(f.receipt, f.sku) : null);
    // An op for a line this device does not hold cannot be shown; the server will judge it.
    if (!line) continue;
    lines.set(key, applyToLine(line, f, op.type === 'receive.item' ? 1 : -1));
  }
  return [...lines.values()];
}
