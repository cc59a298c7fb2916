// Turns scanned text into what it names on this device: a location or an item (with the pack
// quantity of the barcode), from the local master data, offline.
import type { Location } from '#core/entities.ts';
import { db, type LocalItem } from '../db/database.ts';

export type Resolved =
  | { kind: 'location'; location: Location; text: string }
  | {
      kind: 'item';
      item: LocalItem;
      qty: number;
      lot?: string;
      expiry?: string;
      serial?: string;
      text: string;
    }
  | { kind: 'unknown'; text: string };

export async function resolveScan(raw: string): Promise<Resolved> {
  const text = raw.trim();
  const location =
    (await db.locations.where('barcode').equals(text).first()) ?? (await db.locations.get(text));
  if (location) return { kind: 'location', location, text };
  const byCode = await db.items.where('codes').equals(text).first();
  if (byCode) {
    const packQty = byCode.barcodes.find((b) => b.code === text)?.packQty ?? 1;
    return { kind: 'item', item: byCode, qty: packQty, text };
  }
  const bySku = await db.items.get(text);
  if (bySku) return { kind: 'item', item: bySku, qty: 1, text };
  return { kind: 'unknown', text };
}
