// S3–S9: carton rules, the weight check and the loading order.
import { describe, expect, it } from 'vitest';
import {
  fullyPacked,
  judgePackItem,
  packLeft,
  unitsOf,
} from '../../../src/core/shipping/packing.ts';
import { expectedGrams, judgeWeight } from '../../../src/core/shipping/weight.ts';
import { judgeLoad, loadingOrder, missingCartons } from '../../../src/core/shipping/loading.ts';

const picked = unitsOf([
  { sku: 'SKU-1', qty: 3 },
  { sku: 'SKU-2', qty: 1 },
  { sku: 'SKU-1', qty: 1 },
]);
const open = { order: 'SO-1', status: 'open' as const };

describe('S3–S5 pack', () => {
  it('takes what was picked, up to what is left', () => {
    expect(judgePackItem(open, 'SO-1', picked, new Map(), 'SKU-1', 3)).toEqual({
      ok: true,
      left: 1,
    });
    expect(
      judgePackItem(open, 'SO-1', picked, unitsOf([{ sku: 'SKU-1', qty: 3 }]), 'SKU-1', 1),
    ).toEqual({
      ok: true,
      left: 0,
    });
  });

  it('blocks an item the order did not pick and more than was picked', () => {
    expect(judgePackItem(open, 'SO-1', picked, new Map(), 'SKU-9', 1)).toMatchObject({
      ok: false,
      why: 'wrong_item',
    });
    expect(
      judgePackItem(open, 'SO-1', picked, unitsOf([{ sku: 'SKU-2', qty: 1 }]), 'SKU-2', 1),
    ).toEqual({ ok: false, why: 'over', left: 0 });
  });

  it('keeps one carton to one order, and a closed carton shut', () => {
    expect(judgePackItem(open, 'SO-2', picked, new Map(), 'SKU-1', 1)).toMatchObject({
      why: 'other_order',
    });
    expect(
      judgePackItem({ ...open, status: 'closed' }, 'SO-1', picked, new Map(), 'SKU-1', 1),
    ).toMatchObject({ why: 'closed' });
  });

  it('shows fewer as left to pack, across cartons', () => {
    const packed = unitsOf([{ sku: 'SKU-1', qty: 2 }]);
    expect(packLeft(picked, packed)).toEqual([
      { sku: 'SKU-1', picked: 4, packed: 2, left: 2 },
      { sku: 'SKU-2', picked: 1, packed: 0, left: 1 },
    ]);
    expect(fullyPacked(picked, packed)).toBe(false);
    expect(
      fullyPacked(
        picked,
        unitsOf([
          { sku: 'SKU-1', qty: 4 },
          { sku: 'SKU-2', qty: 1 },
        ]),
      ),
    ).toBe(true);
  });
});

describe('S6 weight', () => {
  const grams = new Map([
    ['SKU-1', 500],
    ['SKU-2', 1000],
  ]);
  const t = { pct: 10, minGrams: 100 };

  it('expects the items plus the package', () => {
    expect(expectedGrams([{ sku: 'SKU-1', qty: 2 }], grams, 'box-m')).toBe(1300);
    expect(expectedGrams([{ sku: 'SKU-X', qty: 1 }], grams, 'box-m')).toBeNull();
  });

  it('raises beyond the tolerance, with a floor for light cartons', () => {
    expect(judgeWeight(1400, 1300, t)).toMatchObject({ judged: true, within: true, allowed: 130 });
    expect(judgeWeight(1500, 1300, t)).toMatchObject({ judged: true, within: false, diff: 200 });
    expect(judgeWeight(250, 160, t)).toMatchObject({ within: true, allowed: 100 });
    expect(judgeWeight(null, 1300, t)).toEqual({ judged: false });
    expect(judgeWeight(900, null, t)).toEqual({ judged: false });
  });
});

describe('S7–S9 loading', () => {
  const cartons = [
    { sscc: 'A', route: 'R1', stop: 1 },
    { sscc: 'B', route: 'R1', stop: 3 },
    { sscc: 'C', route: 'R1', stop: 2 },
    { sscc: 'D', route: 'R1', stop: 3 },
  ];

  it('loads the last stop first', () => {
    expect(loadingOrder(cartons).map((c) => c.sscc)).toEqual(['B', 'D', 'C', 'A']);
  });

  it('blocks another vehicle, asks about out of order, lists the missing', () => {
    const other = { sscc: 'X', route: 'R2', stop: 1 };
    expect(judgeLoad('R1', other, new Set(), cartons)).toEqual({
      ok: false,
      why: 'wrong_vehicle',
      route: 'R2',
    });
    expect(judgeLoad('R1', undefined, new Set(), cartons)).toEqual({ ok: false, why: 'unknown' });
    expect(judgeLoad('R1', cartons[2], new Set(['B']), cartons)).toEqual({
      ok: false,
      why: 'out_of_order',
      waiting: [3],
    });
    expect(judgeLoad('R1', cartons[3], new Set(['B']), cartons)).toEqual({
      ok: true,
      already: false,
    });
    expect(judgeLoad('R1', cartons[1], new Set(['B']), cartons)).toEqual({
      ok: true,
      already: true,
    });
    expect(missingCartons(cartons, new Set(['B', 'D'])).map((c) => c.sscc)).toEqual(['C', 'A']);
  });
});
