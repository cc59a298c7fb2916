// Test helpers for receiving: import a receipt through the admin API, build receive ops for a
// SimDevice, and read receipt state back from the store.
import { randomUUID } from 'node:crypto';
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';
import type { HttpClient } from './http-client.ts';
import type { SimDevice } from './sim-device.ts';
import type { Store } from '../../server/store/store.ts';

export interface ReceiptSpec {
  number: string;
  type?: 'purchase' | 'return';
  tolerancePct?: number;
  dueDate?: string;
  lines: { sku: string; qty: number; lot?: string; expiry?: string; serials?: string[] }[];
}

export async function importReceipt(admin: HttpClient, spec: ReceiptSpec): Promise<void> {
  const res = await admin.post('/api/admin/warehouses/WH1/receipts', [
    {
      number: spec.number,
      supplier: 'Test supplier',
      dueDate: spec.dueDate ?? '2026-03-02',
      type: spec.type ?? 'purchase',
      tolerancePct: spec.tolerancePct ?? 0,
      lines: spec.lines,
    },
  ]);
  if (res.status !== 200) throw new Error(`import ${spec.number}: ${JSON.stringify(res.body)}`);
}

export interface ReceiveSpec {
  receipt: string;
  delivery: string;
  line: number | null;
  sku: string;
  qty: number;
  lot?: string;
  expiry?: string;
  serials?: string[];
  condition?: 'good' | 'damaged' | 'scrap';
  reason?: string | null;
  photo?: string | null;
  location?: string | null;
}

export const newDelivery = (): string => randomUUID();

export function receive(dev: SimDevice, r: ReceiveSpec): OpEnvelope {
  const condition = r.condition ?? 'good';
  return dev.op('receive.item', {
    lot: '',
    expiry: '',
    serials: [],
    reason: null,
    photo: null,
    ...r,
    condition,
    location:
      r.location !== undefined
        ? r.location
        : condition === 'good'
          ? 'DOCK-1'
          : condition === 'damaged'
            ? 'QUAR-1'
            : null,
  });
}

/** The compensating op for a receive.item: the same facts, referencing it. */
export function undo(dev: SimDevice, original: OpEnvelope): OpEnvelope {
  const p = original.payload as Record<string, unknown>;
  return dev.op('receive.undo', {
    receipt: p['receipt'],
    delivery: p['delivery'],
    line: p['line'],
    sku: p['sku'],
    qty: p['qty'],
    lot: p['lot'],
    expiry: p['expiry'],
    serials: p['serials'],
    condition: p['condition'],
    location: p['location'],
    undoes: original.opId,
  });
}

export async function lineOf(store: Store, receipt: string, lineKey: string) {
  const row = await store.db
    .selectFrom('receipt_lines')
    .selectAll()
    .where('warehouse_id', '=', 'WH1')
    .where('receipt', '=', receipt)
    .where('line_key', '=', lineKey)
    .executeTakeFirst();
  return row
    ? {
        received: Number(row.received_qty),
        damaged: Number(row.damaged_qty),
        scrap: Number(row.scrap_qty),
        serials: JSON.parse(row.received_serials) as string[],
      }
    : null;
}

export async function receiptStatusOf(store: Store, receipt: string): Promise<string> {
  const row = await store.db
    .selectFrom('receipts')
    .select('status')
    .where('warehouse_id', '=', 'WH1')
    .where('number', '=', receipt)
    .executeTakeFirstOrThrow();
  return row.status;
}

export async function exceptionsOf(store: Store, receipt: string) {
  return store.db
    .selectFrom('exceptions')
    .select(['kind', 'message', 'op_id', 'said', 'believed'])
    .where('warehouse_id', '=', 'WH1')
    .where('ref', '=', receipt)
    .orderBy('at')
    .execute();
}

/** I4: every stock bucket equals the sum of its movements. */
export async function ledgerMismatches(store: Store, warehouseId = 'WH1') {
  const stock = await store.db
    .selectFrom('stock')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .execute();
  const sums = await store.db
    .selectFrom('movements')
    .select(['location', 'sku', 'lot', 'expiry', (eb) => eb.fn.sum<number>('delta').as('total')])
    .where('warehouse_id', '=', warehouseId)
    .groupBy(['location', 'sku', 'lot', 'expiry'])
    .execute();
  const byKey = new Map(
    sums.map((s) => [`${s.location}|${s.sku}|${s.lot}|${s.expiry}`, Number(s.total)]),
  );
  return stock
    .filter((s) => byKey.get(`${s.location}|${s.sku}|${s.lot}|${s.expiry}`) !== Number(s.qty))
    .map((s) => `${s.location}|${s.sku}`);
}
