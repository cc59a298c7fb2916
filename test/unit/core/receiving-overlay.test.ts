// P15 for receipts: the device shows synced lines with its waiting receive and undo ops folded on
// top by the same fold the server applies; extras appear at once; other receipts are untouched.
import { describe, expect, it } from 'vitest';
import { overlayLines } from '../../../src/core/receiving/overlay.ts';
import type { ReceiptLine } from '../../../src/core/receiving/entities.ts';

const line: ReceiptLine = {
  key: 'PO-1|1',
  receipt: 'PO-1',
  line: 1,
  sku: 'S1',
  expectedQty: 10,
  lot: '',
  expiry: '',
  serials: [],
  receivedQty: 4,
  damagedQty: 0,
  scrapQty: 0,
  receivedSerials: [],
  replacesLine: null,
};
const facts = {
  receipt: 'PO-1',
  delivery: 'delivery-1',
  line: 1,
  sku: 'S1',
  qty: 3,
  location: 'DOCK-1',
};
const op = (type: string, payload: object) => ({ type, v: 1, payload });

describe('receipt lines with waiting ops', () => {
  it('adds waiting receives and takes back waiting undos', () => {
    const undoes = crypto.randomUUID();
    const out = overlayLines(
      [line],
      [
        op('receive.item', facts),
        op('receive.item', { ...facts, qty: 2 }),
        op('receive.undo', { ...facts, qty: 2, undoes }),
        op('stock.move', { sku: 'S1', from: 'A', to: 'B', qty: 1 }),
      ],
    );
    expect(out).toEqual([{ ...line, receivedQty: 7 }]);
  });

  it('shows an extra item as a new line, marked as a wrong item, and leaves other receipts and unparseable ops alone', () => {
    const out = overlayLines(
      [line],
      [
        op('receive.item', { ...facts, line: null, sku: 'S9', qty: 1 }),
        op('receive.item', { ...facts, receipt: 'PO-2' }),
        op('receive.item', { ...facts, qty: -1 }),
        op('receive.item', { ...facts, line: 5 }),
        op('receive.wrong_item', { receipt: 'PO-1', sku: 'S9', insteadOfLine: 1 }),
      ],
      'PO-1',
    );
    expect(out.map((l) => [l.key, l.receivedQty, l.line, l.replacesLine])).toEqual([
      ['PO-1|1', 4, 1, null],
      ['PO-1|+S9', 1, null, 1],
    ]);
  });
});
