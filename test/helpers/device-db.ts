// Reads a device's IndexedDB straight from the page (raw IndexedDB, not the app's code), so
// tests see what is really stored.
import type { Page } from 'playwright-core';

export interface DeviceOp {
  seq: number;
  opId: string;
  type: string;
  status: string;
  code?: string;
  version?: number;
  payload: unknown;
}

export async function readStore<T = unknown>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const req = indexedDB.open('floorsync');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as unknown[]);
          };
          all.onerror = () => reject(new Error(String(all.error)));
        };
      }),
    store,
  ) as Promise<T[]>;
}

export const deviceOps = (page: Page) => readStore<DeviceOp>(page, 'outbox');

export async function deviceMeta(
  page: Page,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const rows = await readStore<Record<string, unknown>>(page, 'meta');
  return rows.find((r) => r['key'] === key);
}

/** The device's base tables as entity → key → row, shaped like the server's feed. */
export async function deviceBase(page: Page): Promise<Map<string, Map<string, unknown>>> {
  const tables: [entity: string, store: string, key: string][] = [
    ['item', 'items', 'sku'],
    ['location', 'locations', 'code'],
    ['stock', 'stock', 'key'],
    ['user', 'users', 'id'],
    ['exception', 'exceptions', 'id'],
    ['locationFlag', 'locationFlags', 'id'],
    ['receipt', 'receipts', 'number'],
    ['receiptLine', 'receiptLines', 'key'],
    ['receiptDelivery', 'receiptDeliveries', 'id'],
    ['pickList', 'pickLists', 'number'],
    ['pickLine', 'pickLines', 'key'],
    ['countTask', 'countTasks', 'id'],
    ['countTaskLocation', 'countTaskLocations', 'key'],
    ['shipOrder', 'shipOrders', 'order'],
    ['shipRoute', 'shipRoutes', 'route'],
    ['carton', 'cartons', 'id'],
    ['ssccRange', 'ssccRanges', 'key'],
    ['shippingSettings', 'shippingSettings', 'key'],
    ['itemWeight', 'itemWeights', 'sku'],
    ['lotHold', 'lotHolds', 'key'],
  ];
  const out = new Map<string, Map<string, unknown>>();
  for (const [entity, store, key] of tables) {
    const rows = await readStore<Record<string, unknown>>(page, store);
    if (!rows.length) continue;
    out.set(
      entity,
      new Map(
        rows.map((r) => {
          const { codes: _codes, ...row } = r;
          return [String(r[key]), entity === 'item' ? row : r];
        }),
      ),
    );
  }
  return out;
}
