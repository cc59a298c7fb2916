// An op in words for the worker, from its type and payload.
import type { T } from '../../app/use-t.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { describeReceivingOp } from '../receiving/describe-receiving-op.ts';
import { describeCountOp } from '../counting/describe-count-op.ts';
import { describePickOp } from '../picking/describe-pick-op.ts';

/** `names` turns user ids in payloads into people's names (never raw ids on screen). */
export function describeOp(op: OutboxOp, t: T, names?: ReadonlyMap<string, string>): string {
  const p = (op.payload ?? {}) as Record<string, string | number>;
  if (op.type === 'stock.move')
    return t('op.stock.move', {
      qty: p['qty'] ?? '?',
      sku: p['sku'] ?? '?',
      from: p['from'] ?? '?',
      to: p['to'] ?? '?',
    });
  if (op.type === 'stock.release')
    return t('op.stock.release', {
      qty: p['qty'] ?? '?',
      sku: p['sku'] ?? '?',
      from: p['from'] ?? '?',
      to: p['to'] ?? '?',
    });
  if (op.type === 'lot.hold' || op.type === 'lot.unhold')
    return t(op.type === 'lot.hold' ? 'op.lot.hold' : 'op.lot.unhold', {
      sku: p['sku'] ?? '?',
      lot: p['lot'] ?? '?',
    });
  return (
    describeReceivingOp(op, t) ??
    describeCountOp(op, t) ??
    describePickOp(op, t, names) ??
    t('op.unknown', { type: op.type })
  );
}
