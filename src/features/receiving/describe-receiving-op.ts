// Receiving and putaway ops in words for the sync status lists; null for other op types.
import type { T } from '../../app/use-t.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';

export function describeReceivingOp(op: OutboxOp, t: T): string | null {
  const p = (op.payload ?? {}) as Record<string, string | number>;
  const v = (k: string) => p[k] ?? '?';
  switch (op.type) {
    case 'receive.item':
    case 'receive.undo':
      return t(op.type === 'receive.item' ? 'op.receive.item' : 'op.receive.undo', {
        qty: v('qty'),
        sku: v('sku'),
        receipt: v('receipt'),
      });
    case 'receive.finish':
      return t('op.receive.finish', { receipt: v('receipt') });
    case 'receive.wrong_item':
      return t('op.receive.wrong_item', {
        sku: v('sku'),
        line: v('insteadOfLine'),
        receipt: v('receipt'),
      });
    case 'receive.close':
      return t('op.receive.close', { receipt: v('receipt') });
    case 'putaway.move':
      return t('op.putaway.move', { qty: v('qty'), sku: v('sku'), from: v('from'), to: v('to') });
    default:
      return null;
  }
}
