// Master data lookups for scans, remembered in memory: a worker scans the same shelves and
// items all shift, and each IndexedDB read costs milliseconds before the tone. Any change to
// the items or locations tables (a pull, in this tab or another) forgets what was remembered.
import Dexie from 'dexie';
import type { Location } from '#core/entities.ts';
import { db, type LocalItem } from '../db/database.ts';

const items = new Map<string, LocalItem | null>();
const locations = new Map<string, Location | null>();

Dexie.on('storagemutated', (parts) => {
  for (const key of Object.keys(parts)) {
    if (key.includes('/items/')) items.clear();
    if (key.includes('/locations/')) locations.clear();
  }
});

async function remember<T>(
  cache: Map<string, T | null>,
  key: string,
  load: () => Promise<T | undefined>,
): Promise<T | null> {
  if (cache.has(key)) return cache.get(key)!;
  const value = (await load()) ?? null;
  cache.set(key, value);
  return value;
}

/** A location by its barcode, or by its code (typed entry). */
export const locationByScan = (code: string) =>
  remember(
    locations,
    code,
    async () =>
      (await db.locations.where('barcode').equals(code).first()) ?? (await db.locations.get(code)),
  );

export const itemByBarcode = (code: string) =>
  remember(items, `code:${code}`, () => db.items.where('codes').equals(code).first());

export const itemBySku = (sku: string) => remember(items, `sku:${sku}`, () => db.items.get(sku));
