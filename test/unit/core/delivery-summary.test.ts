// R13: the finish-delivery summary names every line that needs a word and nothing else.
import { describe, expect, it } from 'vitest';
import { deliverySummary } from '../../../src/core/receiving/summary.ts';
import type { ReceiptLine } from '../../../src/core/receiving/entities.ts';

const line = (over: Partial<ReceiptLine>): ReceiptLine => ({
  key: `R|${over.line ?? '-'}|${over.sku ?? 'S'}`,
  receipt: 'R',
  line: 1,
  sku: 'S',
  expectedQty: 10,
  lot: '',
  expiry: '',
  serials: [],
  receivedQty: 0,
  damagedQty: 0,
  scrapQty: 0,
  receivedSerials: [],
  replacesLine: null,
  ...over,
});

describe('R13 delivery summary', () => {
  it('lists short, over, damaged and extra lines; complete clean lines are only counted', () => {
    const s = deliverySummary(
      [
        line({ line: 1, sku: 'A', receivedQty: 10 }),
        line({ line: 2, sku: 'B', expectedQty: 48, receivedQty: 24 }),
        line({ line: 3, sku: 'C', receivedQty: 13 }),
        line({ line: 4, sku: 'D', receivedQty: 10, damagedQty: 2 }),
        line({ line: null, sku: 'X', expectedQty: 0, receivedQty: 3 }),
        line({ line: null, sku: 'Y', expectedQty: 0, receivedQty: 0 }),
        line({ line: 5, sku: 'E', receivedQty: 0 }),
      ],
      10,
    );
    expect(s.completeCount).toBe(1);
    expect(s.attention.map((r) => [r.sku, r.state, r.short, r.over, r.damaged])).toEqual([
      ['B', 'partial', 24, 0, 0],
      ['C', 'over', 0, 2, 0],
      ['D', 'complete', 0, 0, 2],
      ['X', 'unexpected', 0, 0, 0],
      ['E', 'waiting', 10, 0, 0],
    ]);
    expect(s).toMatchObject({ allArrived: false, shortLines: 2, shortUnits: 34 });
  });

  it('everything arrived: nothing short, the receipt can be complete', () => {
    const s = deliverySummary(
      [line({ receivedQty: 10 }), line({ line: 2, sku: 'B', receivedQty: 11 })],
      10,
    );
    expect(s).toMatchObject({ allArrived: true, shortLines: 0, shortUnits: 0, completeCount: 2 });
    expect(s.attention).toEqual([]);
  });
});
