// What one scan at the pack station means, against the latest state: a tote or pick list picks
// the order; with a carton open, an item goes in if the order picked it and has units left
// (S4), else it is blocked with the reason.
import { judgePackItem } from '#core/shipping/packing.ts';
import type { Carton } from '#core/shipping/entities.ts';
import type { Resolved } from '../../scan/resolve-local.ts';
import { packedUnitsOf } from './pack-units.ts';
import type { PackView } from './pack-data.ts';
import type { MessageKey } from '../../messages/i18n.ts';

export type PackScan =
  | { kind: 'source'; text: string; list: string | null }
  | { kind: 'item'; sku: string; qty: number; lot: string; expiry: string }
  | { kind: 'reject'; message: MessageKey; params: Record<string, string | number> };

export function judgeScan(
  r: Resolved,
  view: PackView | null,
  open: Carton | null,
  order: string | null,
): PackScan {
  if (r.kind === 'document' && r.type === 'pickList')
    return { kind: 'source', text: r.code, list: r.id };
  if (r.kind === 'unknown') return { kind: 'source', text: r.text, list: null };
  if (r.kind !== 'item')
    return { kind: 'reject', message: 'pack.notHere', params: { text: r.text } };
  if (!view || !order) return { kind: 'reject', message: 'pack.scanSourceFirst', params: {} };
  if (!open) return { kind: 'reject', message: 'pack.openFirst', params: {} };
  const sku = r.item.sku;
  const v = judgePackItem(open, order, view.picked, packedUnitsOf(view), sku, r.qty);
  if (v.ok) return { kind: 'item', sku, qty: r.qty, lot: r.lot ?? '', expiry: r.expiry ?? '' };
  if (v.why === 'wrong_item')
    return { kind: 'reject', message: 'pack.wrongItem', params: { sku, order } };
  if (v.why === 'over')
    return { kind: 'reject', message: 'pack.over', params: { sku, left: v.left, qty: r.qty } };
  return { kind: 'reject', message: 'pack.openFirst', params: {} };
}
