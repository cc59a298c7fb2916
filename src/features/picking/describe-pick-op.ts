// Pick ops in words for the sync status lists ("Pick 2 × SKU-10010 from A-03-1 into TOTE-02"),
// people by name; null for other op types.
import type { T } from '../../app/use-t.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';

export function describePickOp(
  op: OutboxOp,
  t: T,
  names: ReadonlyMap<string, string> = new Map(),
): string | null {
  if (!op.type.startsWith('pick.')) return null;
  const p = (op.payload ?? {}) as Record<string, string | number | null | undefined>;
  const s = (k: string) => String(p[k] ?? '?');
  const list = s('list');
  switch (op.type) {
    case 'pick.claim':
      return t('op.pick.claim', { list });
    case 'pick.line':
      return p['tote']
        ? t('op.pick.lineTote', {
            qty: s('qty'),
            sku: s('sku'),
            location: s('location'),
            tote: s('tote'),
          })
        : t('op.pick.line', { qty: s('qty'), sku: s('sku'), location: s('location') });
    case 'pick.short':
      return t('op.pick.short', { list, sku: s('sku'), location: s('location') });
    case 'pick.complete':
      return t('op.pick.complete', { list });
    case 'pick.release':
      return t('op.pick.release', { list });
    case 'pick.assign': {
      const to = typeof p['to'] === 'string' ? (names.get(p['to']) ?? t('pick.someoneElse')) : null;
      return to ? t('op.pick.assign', { list, to }) : t('op.pick.assignAnyone', { list });
    }
    case 'pick.return':
      return t('op.pick.return', { qty: s('qty'), sku: s('sku'), location: s('location') });
    case 'pick.defer':
      return t('op.pick.defer', { list, sku: s('sku') });
    case 'pick.handover':
      return t('op.pick.handover', { list });
    default:
      return t('op.unknown', { type: op.type });
  }
}
