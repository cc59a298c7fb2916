// The counting screen's scan handling (C6), pure: item scans add up (a case counts the case),
// GS1 lots and expiry are kept, a location scan moves on only when nothing is counted yet, and
// tracked items need their lot and expiry before submitting.
import { describe, expect, it } from 'vitest';
import {
  countPayload,
  emptyDraft,
  missingTracking,
  onCountScan,
} from '../../../src/features/counting/count-flow.ts';
import type { LocalItem } from '../../../src/db/database.ts';
import type { Resolved } from '../../../src/scan/resolve-local.ts';

const item = (sku: string, tracked = false): LocalItem => ({
  sku,
  description: sku,
  unit: 'EA',
  lotTracked: tracked,
  expiryTracked: tracked,
  serialTracked: false,
  unitValue: 100,
  zone: 'A',
  homeLocation: null,
  barcodes: [],
  codes: [],
});
const scanItem = (
  i: LocalItem,
  qty = 1,
  extra: { lot?: string; expiry?: string } = {},
): Resolved => ({
  kind: 'item',
  item: i,
  qty,
  text: `${i.sku}-${qty}`,
  ...extra,
});
const scanLoc = (code: string): Resolved => ({
  kind: 'location',
  location: { code, barcode: code, zone: 'A', kind: 'storage', walkSeq: 1 },
  text: code,
});

describe('C6: counting one location on the device', () => {
  const start = emptyDraft('CT-1', 'A-01-1', 0);

  it('each and case scans add up into one line', () => {
    const a = onCountScan(start, scanItem(item('S1')));
    if (a.kind !== 'added') throw new Error(a.kind);
    const b = onCountScan(a.draft, scanItem(item('S1'), 12), 'camera');
    expect(b).toMatchObject({ kind: 'added', qty: 12, total: 13 });
    if (b.kind !== 'added') throw new Error(b.kind);
    expect(b.draft.lines).toEqual([{ sku: 'S1', lot: '', expiry: '', qty: 13 }]);
    expect(b.draft.scans.map((s) => s.source)).toEqual(['wedge', 'camera']);
  });

  it('lots and expiry from GS1 labels are kept apart; untracked items ignore them', () => {
    const t = item('T1', true);
    const a = onCountScan(start, scanItem(t, 1, { lot: 'L1', expiry: '2027-01-31' }));
    if (a.kind !== 'added') throw new Error(a.kind);
    const b = onCountScan(a.draft, scanItem(t, 1, { lot: 'L2', expiry: '2027-01-31' }));
    if (b.kind !== 'added') throw new Error(b.kind);
    const c = onCountScan(b.draft, scanItem(item('S1'), 1, { lot: 'X' }));
    if (c.kind !== 'added') throw new Error(c.kind);
    expect(c.draft.lines.map((l) => [l.sku, l.lot, l.qty])).toEqual([
      ['T1', 'L1', 1],
      ['T1', 'L2', 1],
      ['S1', '', 1],
    ]);
  });

  it('another location moves on only while nothing is counted', () => {
    expect(onCountScan(start, scanLoc('A-01-2'))).toEqual({ kind: 'switch', location: 'A-01-2' });
    expect(onCountScan(start, scanLoc('A-01-1'))).toMatchObject({ message: 'count.sameLocation' });
    const a = onCountScan(start, scanItem(item('S1')));
    if (a.kind !== 'added') throw new Error(a.kind);
    expect(onCountScan(a.draft, scanLoc('A-01-2'))).toMatchObject({
      kind: 'reject',
      message: 'count.submitFirst',
    });
    expect(onCountScan(start, { kind: 'unknown', text: 'zz' })).toMatchObject({
      kind: 'reject',
      message: 'scan.unknown',
    });
  });

  it('a tracked item without lot or expiry holds the submit; the payload merges typed duplicates', () => {
    const t = item('T1', true);
    const items = new Map([['T1', t]]);
    const lines = [{ sku: 'T1', lot: '', expiry: '', qty: 3 }];
    expect(missingTracking(lines, items)).toEqual(lines[0]);
    expect(missingTracking([{ ...lines[0]!, lot: 'L1', expiry: '2027-01-31' }], items)).toBeNull();
    const d = {
      ...start,
      lines: [
        { sku: 'S1', lot: '', expiry: '', qty: 2 },
        { sku: 'S1', lot: ' ', expiry: '', qty: 3 },
      ],
    };
    expect(countPayload(d, false).lines).toEqual([{ sku: 'S1', lot: '', expiry: '', qty: 5 }]);
    expect(countPayload(d, true)).toMatchObject({ lines: [], empty: true, task: 'CT-1' });
  });
});
