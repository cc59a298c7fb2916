// Q2 on the device, without a screen: a held lot (from the synced holds) moves only into
// quarantine, also when it sits in quarantine and a supervisor releases it; the pick card never
// names a held lot as the one to take, and a scan of it is refused. Other lots move as before.
import { describe, expect, it } from 'vitest';
import { isLotHeld, lotHoldKey } from '../../../src/core/goods/lot-holds.ts';
import { lotToTake } from '../../../src/core/picking/lots.ts';
import { initialMove, onScan, type MoveState } from '../../../src/features/moving/move-flow.ts';
import type { Resolved } from '../../../src/scan/resolve-local.ts';
import type { LocalItem } from '../../../src/db/database.ts';

const loc = (code: string, kind: 'storage' | 'quarantine' = 'storage'): Resolved => ({
  kind: 'location',
  location: { code, barcode: code, zone: 'A', kind, walkSeq: 1 },
  text: code,
});
const oil: LocalItem = {
  sku: 'OIL',
  description: 'Olive oil',
  unit: 'EA',
  lotTracked: true,
  expiryTracked: false,
  serialTracked: false,
  unitValue: 1,
  zone: 'A',
  homeLocation: null,
  barcodes: [],
  codes: [],
};
const holds = new Set([lotHoldKey('OIL', 'L-RECALL')]);
const atQty = (from: Resolved, lot: string): MoveState => {
  let s = initialMove;
  for (const r of [from, { kind: 'item', item: oil, qty: 2, text: 'OIL', lot } as Resolved]) {
    const o = onScan(s, r, holds);
    if (o.kind !== 'next') throw new Error(o.kind);
    s = o.state;
  }
  return s;
};

describe('Q2 lot holds on the device', () => {
  it('knows a held lot by item and lot; an untracked lot is never held', () => {
    expect(isLotHeld(holds, 'OIL', 'L-RECALL')).toBe(true);
    expect(isLotHeld(holds, 'OIL', 'L-FINE')).toBe(false);
    expect(isLotHeld(holds, 'SOAP', 'L-RECALL')).toBe(false);
    expect(isLotHeld(new Set([lotHoldKey('OIL', '')]), 'OIL', '')).toBe(false);
  });

  it('refuses a held lot to a shelf, lets it into quarantine, and not out by release', () => {
    const s = atQty(loc('A-1'), 'L-RECALL');
    expect(onScan(s, loc('B-2'), holds)).toMatchObject({
      kind: 'reject',
      message: 'move.lotHeld',
      params: { lot: 'L-RECALL', sku: 'OIL' },
    });
    expect(onScan(s, loc('QUAR-1', 'quarantine'), holds)).toMatchObject({ kind: 'record' });
    const inQuarantine = atQty(loc('QUAR-1', 'quarantine'), 'L-RECALL');
    expect(onScan(inQuarantine, loc('B-2'), holds)).toMatchObject({ message: 'move.lotHeld' });
    const other = atQty(loc('QUAR-1', 'quarantine'), 'L-FINE');
    expect(onScan(other, loc('B-2'), holds)).toMatchObject({ kind: 'release' });
    expect(onScan(atQty(loc('A-1'), 'L-FINE'), loc('B-2'), holds)).toMatchObject({
      kind: 'record',
    });
  });

  it('never names a held lot as the lot to take', () => {
    const face = [
      { lot: 'L-RECALL', expiry: '2027-01-01', qty: 5 },
      { lot: 'L-FINE', expiry: '2027-06-01', qty: 5 },
    ];
    const held = (lot: string) => isLotHeld(holds, 'OIL', lot);
    expect(lotToTake(face, {}, '2026-12-04', held)?.lot).toBe('L-FINE');
    expect(lotToTake(face.slice(0, 1), {}, '2026-12-04', held)).toBeNull();
  });
});
