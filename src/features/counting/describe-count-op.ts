// Count ops in words for the sync status lists; null for other op types.
import { countLocationPayloadV1 } from '#core/ops/counting.ts';
import type { T } from '../../app/use-t.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';

export function describeCountOp(op: OutboxOp, t: T): string | null {
  if (op.type !== 'count.location') return null;
  const p = countLocationPayloadV1.safeParse(op.payload);
  if (!p.success) return t('op.unknown', { type: op.type });
  const units = p.data.lines.reduce((n, l) => n + l.qty, 0);
  return p.data.empty
    ? t('op.count.empty', { location: p.data.location })
    : t('op.count.location', { location: p.data.location, units, lines: p.data.lines.length });
}
