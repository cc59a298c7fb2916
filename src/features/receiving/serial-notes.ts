// The words under a receipt line that announced serials: how many of them arrived, how many
// arrived without being announced, and which announced ones are still missing (listed, so the
// receiver knows which unit to look for).
import { serialProgress } from '#core/goods/serial-progress.ts';
import type { ReceiptLine } from '#core/receiving/entities.ts';
import type { T } from '../../app/use-t.ts';

export function serialNotes(
  line: Pick<ReceiptLine, 'serials' | 'receivedSerials'>,
  t: T,
): string[] {
  const p = serialProgress(line);
  if (p.announced === 0) return [];
  return [
    t('serials.ofAnnounced', { got: p.arrived.length, of: p.announced }),
    p.unexpected.length > 0 && t('serials.unexpected', { count: p.unexpected.length }),
    p.missing.length > 0 && t('serials.missing', { serials: p.missing.join(', ') }),
  ].filter((x): x is string => typeof x === 'string');
}
