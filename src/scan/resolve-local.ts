// Turns scanned text into what it names on this device, offline: a location, an item (with the
// barcode's pack quantity and any lot, expiry or serial a GS1 label carries), or a document a
// floor task registered. Interpretation is src/core/barcode's; this adapts its lookups to Dexie.
import type { Location } from '#core/entities.ts';
import {
  interpretBarcode,
  resolveBarcode,
  type BarcodeLookups,
  type BarcodeParams,
} from '#core/barcode/index.ts';
import { getSettings } from '../app/settings.ts';
import type { LocalItem } from '../db/database.ts';
import { documentLookups } from './document-lookups.ts';
import { itemByBarcode, itemBySku, locationByScan } from './master-cache.ts';
import { scanSettings } from './scan-settings.ts';

export type Resolved =
  | { kind: 'location'; location: Location; text: string }
  | {
      kind: 'item';
      item: LocalItem;
      qty: number;
      lot?: string;
      expiry?: string;
      serial?: string;
      gtin?: string;
      text: string;
    }
  | { kind: 'document'; id: string; code: string; type?: string; text: string }
  | { kind: 'unknown'; text: string }
  /** A malformed barcode: `code` names what is wrong (barcode.<code> in the catalogue). */
  | { kind: 'invalid'; code: string; params: BarcodeParams; text: string };

export { registerDocumentLookup, type DocumentLookup } from './document-lookups.ts';

const lookups: BarcodeLookups = {
  itemByBarcode: async (code) => {
    const item = await itemByBarcode(code);
    const packQty = item?.barcodes.find((b) => b.code === code)?.packQty;
    return item && packQty ? { sku: item.sku, packQty } : null;
  },
  itemBySku: async (sku) => ((await itemBySku(sku)) ? { sku } : null),
  locationByBarcode: async (code) => {
    const loc = await locationByScan(code);
    return loc ? { code: loc.code } : null;
  },
  documentByBarcode: async (code) => {
    for (const find of documentLookups) {
      const doc = await find(code);
      if (doc) return doc;
    }
    return null;
  },
};

export async function resolveScan(raw: string, symbology?: string): Promise<Resolved> {
  const interpretation = interpretBarcode(raw, {
    now: new Date(),
    gsSubstitute: getSettings().gsSubstitute || undefined,
    symbology,
    itfLengths: scanSettings().itfLengths,
  });
  const r = await resolveBarcode(interpretation, lookups);
  const text = interpretation.kind === 'error' ? raw.trim() : interpretation.text;
  switch (r.kind) {
    case 'location': {
      const location = await locationByScan(r.code);
      return location ? { kind: 'location', location, text } : { kind: 'unknown', text };
    }
    case 'item': {
      const item = await itemBySku(r.sku);
      if (!item) return { kind: 'unknown', text };
      const expiry = (r.expiry ?? r.bestBefore)?.slice(0, 10);
      return {
        kind: 'item',
        item,
        qty: r.qty,
        text,
        ...(r.lot ? { lot: r.lot } : {}),
        ...(expiry ? { expiry } : {}),
        ...(r.serial ? { serial: r.serial } : {}),
        ...(r.gtin ? { gtin: r.gtin } : {}),
      };
    }
    case 'document':
      return {
        kind: 'document',
        id: r.id,
        code: r.code,
        text,
        ...(r.type ? { type: r.type } : {}),
      };
    case 'error':
      return r.code === 'UNKNOWN_BARCODE' || r.code === 'UNKNOWN_GTIN'
        ? { kind: 'unknown', text }
        : { kind: 'invalid', code: r.code, params: r.params, text };
  }
}
