// P15: base stock plus waiting ops, replayed with the op rules.
import { describe, expect, it } from 'vitest';
import { overlayStock, pendingStockDeltas } from '../../../src/core/overlay.ts';
import { stockKey, type Stock } from '../../../src/core/entities.ts';

const row = (location: string, sku: string, qty: number): Stock => ({
  key: stockKey(location, sku),
  location,
  sku,
  lot: '',
  expiry: '',
  qty,
});
const move = (sku: string, from: string, to: string, qty: number) => ({
  type: 'stock.move',
  v: 1,
  payload: { sku, from, to, qty },
});

describe('overlay', () => {
  it('applies waiting moves on top of base rows, including buckets only moves created', () => {
    const deltas = pendingStockDeltas([move('S1', 'A', 'B', 3), move('S1', 'B', 'C', 1)]);
    const atA = overlayStock([row('A', 'S1', 10)], deltas, (d) => d.location === 'A');
    expect(atA).toEqual([row('A', 'S1', 7)]);
    const ofS1 = overlayStock([row('A', 'S1', 10)], deltas, (d) => d.sku === 'S1');
    expect(ofS1.map((s) => [s.location, s.qty])).toEqual([
      ['A', 7],
      ['B', 2],
      ['C', 1],
    ]);
  });

  it('drops buckets that end at zero and ignores ops it cannot read', () => {
    const deltas = pendingStockDeltas([
      move('S1', 'A', 'B', 10),
      { type: 'stock.move', v: 1, payload: { qty: 'x' } },
      { type: 'future.op', v: 3, payload: {} },
    ]);
    expect(overlayStock([row('A', 'S1', 10)], deltas, (d) => d.location === 'A')).toEqual([]);
  });

  it('does not change the base rows it is given', () => {
    const base = [row('A', 'S1', 10)];
    overlayStock(base, pendingStockDeltas([move('S1', 'A', 'B', 4)]), () => true);
    expect(base[0]!.qty).toBe(10);
  });
});
