// Demo receipts: a few open purchase orders and a customer return due today and tomorrow, one
// with lot/expiry-tracked lines and one with expected serials, written like an import.
import type { ReceiptDraft } from './import-check.ts';
import { writeReceipts } from './import-check.ts';
import type { ReceiptHeader, ReceiptLineInput } from './import.ts';
import type { Store } from '../../store/store.ts';

/** The local calendar date `days` from now, as YYYY-MM-DD (due dates are local days). */
export function localDate(days = 0, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type Line = Partial<ReceiptLineInput> & { sku: string; expectedQty: number };

const draft = (
  h: Omit<ReceiptHeader, 'barcode' | 'dock' | 'tolerancePct'> & Partial<ReceiptHeader>,
  lines: Line[],
): ReceiptDraft => ({
  at: 0,
  nested: true,
  header: { barcode: h.number, dock: null, tolerancePct: 0, ...h },
  lines: lines.map((l, i) => ({
    at: 0,
    prefix: '',
    line: i + 1,
    input: { line: i + 1, lot: '', expiry: '', serials: [], ...l },
  })),
});

export function demoReceipts(warehouseId: string): ReceiptDraft[] {
  const today = localDate(0);
  const tomorrow = localDate(1);
  if (warehouseId === 'WH2')
    return [
      draft({ number: 'PO-2001', supplier: 'Baltic Hardware', dueDate: today, type: 'purchase' }, [
        { sku: 'SKU-10001', expectedQty: 12 },
        { sku: 'SKU-10002', expectedQty: 24 },
      ]),
    ];
  return [
    draft(
      {
        number: 'PO-1001',
        supplier: 'Nordic Fasteners AB',
        dueDate: today,
        type: 'purchase',
        tolerancePct: 5,
      },
      [
        { sku: 'SKU-10001', expectedQty: 24 },
        { sku: 'SKU-10002', expectedQty: 12 },
        { sku: 'SKU-10003', expectedQty: 48 },
      ],
    ),
    draft({ number: 'PO-1002', supplier: 'Green Valley Foods', dueDate: today, type: 'purchase' }, [
      { sku: 'SKU-10008', expectedQty: 24, lot: 'L27031', expiry: '2027-09-30' },
      { sku: 'SKU-10033', expectedQty: 48 },
      { sku: 'SKU-10058', expectedQty: 12 },
    ]),
    draft(
      {
        number: 'RT-2001',
        supplier: 'Customer returns, web shop',
        dueDate: today,
        type: 'return',
      },
      [
        { sku: 'SKU-10005', expectedQty: 2 },
        { sku: 'SKU-10020', expectedQty: 1 },
        { sku: 'SKU-10006', expectedQty: 3 },
      ],
    ),
    draft(
      {
        number: 'PO-1003',
        supplier: 'PowerTools Direct',
        dueDate: tomorrow,
        type: 'purchase',
        dock: 'DOCK-2',
      },
      [
        { sku: 'SKU-10043', expectedQty: 3, serials: ['CD18-0001', 'CD18-0002', 'CD18-0003'] },
        { sku: 'SKU-10143', expectedQty: 2, serials: ['AG125-0101', 'AG125-0102'] },
        { sku: 'SKU-10010', expectedQty: 10 },
      ],
    ),
    draft(
      { number: 'PO-1004', supplier: 'Brightline Lighting', dueDate: tomorrow, type: 'purchase' },
      [
        { sku: 'SKU-10006', expectedQty: 48 },
        { sku: 'SKU-10016', expectedQty: 24 },
        { sku: 'SKU-10026', expectedQty: 72 },
        { sku: 'SKU-10036', expectedQty: 24 },
      ],
    ),
  ];
}

export async function seedReceipts(store: Store, warehouseId: string): Promise<void> {
  await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    await writeReceipts(trx, warehouseId, version, demoReceipts(warehouseId));
  });
}
