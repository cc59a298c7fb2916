// What the worker hears and reads after a receive: what was recorded, and what a supervisor
// will be told about it (the same findings the server raises).
import type { ReceiveFinding } from '#core/ops/receiving-rules.ts';
import type { T } from '../../app/use-t.ts';
import type { Facts } from './receive-flow.ts';

export function recordedWords(f: Facts, t: T): string {
  const p = { qty: f.qty, sku: f.sku, location: f.location ?? '' };
  if (f.condition === 'damaged') return t('receive.doneDamaged', p);
  if (f.condition === 'scrap') return t('receive.doneScrap', p);
  return t('receive.done', p);
}

export function findingWords(findings: readonly ReceiveFinding[], t: T): string[] {
  return findings.flatMap((x) => {
    switch (x.kind) {
      case 'over':
        return [t('receive.warnOver', { received: x.received, expected: x.expected })];
      case 'unexpected_item':
        return [t('receive.warnUnexpected')];
      case 'closed_receipt':
        return [t('receive.warnClosed')];
      case 'serial_unexpected':
        return [t('receive.warnSerial', { serial: x.serials.join(', ') })];
      case 'expired':
        return [t('goods.warnExpired', { expiry: x.expiry })];
      case 'short_dated':
        return [t('goods.warnShortDated', { days: x.daysLeft })];
      case 'lot_other':
        return [t('goods.warnLotOther', { read: x.read, announced: x.announced })];
      default:
        // damage is in the recorded words; duplicates and missing tracking never get this far
        return [];
    }
  });
}
