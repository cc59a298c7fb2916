// The pick screen's scan handling, without a browser: location first (wrong location caught),
// tote on batch lists (wrong tote caught), the right item (wrong item caught), case scans count
// the case, too many refused, lots captured for lot-tracked items, a lost claim stops picking.
import { describe, expect, it } from 'vitest';
import type { PickLine, PickList } from '../../../src/core/picking/entities.ts';
import type { LocalItem } from '../../../src/db/database.ts';
import type { Resolved } from '../../../src/scan/resolve-local.ts';
import {
  freshProgress,
  nextStep,
  onPickScan,
  type PickState,
  type Progress,
} from '../../../src/features/picking/pick-flow.ts';

const item = (sku: string, over: Partial<LocalItem> = {}): LocalItem => ({
  sku,
  description: `Item ${sku}`,
  unit: 'EA',
  lotTracked: false,
  expiryTracked: false,
  serialTracked: false,
  unitValue: 100,
  zone: 'A',
  homeLocation: null,
  barcodes: [],
  codes: [],
  ...over,
});
const list: PickList = {
  number: 'PL-1',
  barcode: 'PL-1',
  kind: 'batch',
  orders: [
    { order: 'SO-1', tote: 'T-1' },
    { order: 'SO-2', tote: 'T-2' },
  ],
  assignedTo: null,
  status: 'claimed',
  claimedBy: 'u1',
  claimedDevice: 'd1',
  claimedAt: 1,
  completedBy: null,
  completedAt: null,
  createdAt: 0,
  releasedBy: null,
  releasedAt: null,
};
const line = (over: Partial<PickLine> = {}): PickLine => ({
  key: 'PL-1|1',
  list: 'PL-1',
  line: 1,
  order: 'SO-1',
  tote: 'T-1',
  sku: 'BOLT',
  location: 'A-01-1',
  qty: 5,
  pickedQty: 0,
  status: 'open',
  shortReason: null,
  lots: [],
  deferReason: null,
  deferredBy: null,
  ...over,
});
const loc = (code: string): Resolved => ({
  kind: 'location',
  location: { code, barcode: code, zone: 'A', kind: 'storage', walkSeq: 1 },
  text: code,
});
const scanItem = (sku: string, qty = 1, over: Partial<LocalItem> = {}, lot?: string): Resolved => ({
  kind: 'item',
  item: item(sku, over),
  qty,
  text: sku,
  ...(lot ? { lot } : {}),
});
const text = (t: string): Resolved => ({ kind: 'unknown', text: t });

const state = (progress: Progress = freshProgress, over: Partial<PickState> = {}): PickState => ({
  list,
  line: line(),
  face: [],
  progress,
  lost: false,
  ...over,
});

describe('the pick scan flow', () => {
  it('wrong location is caught; the right one moves on to the tote', () => {
    expect(onPickScan(state(), loc('B-02-1'))).toMatchObject({
      kind: 'reject',
      message: 'pick.wrongLocation',
      params: { scanned: 'B-02-1', location: 'A-01-1' },
    });
    expect(onPickScan(state(), scanItem('BOLT'))).toMatchObject({
      message: 'pick.scanLocationFirst',
    });
    const at = onPickScan(state(), loc('A-01-1'));
    expect(at).toMatchObject({ kind: 'step', message: 'pick.atLocationTote' });
    expect(nextStep({ line: line(), progress: (at as { progress: Progress }).progress })).toBe(
      'tote',
    );
  });

  it('a batch list verifies the tote: another order’s tote is caught', () => {
    const p = { ...freshProgress, location: 'A-01-1' };
    expect(onPickScan(state(p), text('T-2'))).toMatchObject({
      kind: 'reject',
      message: 'pick.wrongTote',
      params: { order: 'SO-2', tote: 'T-1' },
    });
    expect(onPickScan(state(p), scanItem('BOLT'))).toMatchObject({
      message: 'pick.scanToteFirst',
    });
    expect(onPickScan(state(p), text('T-1'))).toMatchObject({
      kind: 'step',
      progress: { tote: 'T-1' },
    });
  });

  it('wrong item is caught; the right one records its pack quantity (a case counts the case)', () => {
    const p = { ...freshProgress, location: 'A-01-1', tote: 'T-1' };
    expect(onPickScan(state(p), scanItem('NUT'))).toMatchObject({
      kind: 'reject',
      message: 'pick.wrongItem',
      params: { scanned: 'NUT', sku: 'BOLT' },
    });
    expect(onPickScan(state(p), scanItem('BOLT', 4))).toMatchObject({
      kind: 'record',
      facts: { list: 'PL-1', line: 1, sku: 'BOLT', location: 'A-01-1', qty: 4, tote: 'T-1' },
    });
    expect(onPickScan(state(p), scanItem('BOLT', 6))).toMatchObject({
      kind: 'reject',
      message: 'pick.tooMany',
      params: { qty: 6, left: 5 },
    });
  });

  it('a lot-tracked item waits for its lot label; the lot is kept for the next scans', () => {
    const p = { ...freshProgress, location: 'A-01-1', tote: 'T-1' };
    const face = [
      { key: 'k', location: 'A-01-1', sku: 'OIL', lot: 'L7', expiry: '2027-05-31', qty: 9 },
    ];
    const s = state(p, { line: line({ sku: 'OIL' }), face });
    const held = onPickScan(s, scanItem('OIL', 1, { lotTracked: true }));
    expect(held).toMatchObject({ kind: 'step', message: 'pick.scanLot' });
    const hp = (held as { progress: Progress }).progress;
    expect(nextStep({ line: s.line, progress: hp })).toBe('lot');
    const rec = onPickScan({ ...s, progress: hp }, text('L7'));
    expect(rec).toMatchObject({
      kind: 'record',
      facts: { qty: 1, lot: 'L7', expiry: '2027-05-31' },
    });
    const again = onPickScan(
      { ...s, progress: (rec as { progress: Progress }).progress },
      scanItem('OIL', 1, { lotTracked: true }),
    );
    expect(again).toMatchObject({ kind: 'record', facts: { lot: 'L7' } });
    const gs1 = onPickScan(s, scanItem('OIL', 1, { lotTracked: true }, 'L8'));
    expect(gs1).toMatchObject({ kind: 'record', facts: { lot: 'L8' } });
  });

  it('the next line at the same location and tote needs no new location or tote scan', () => {
    const p = { ...freshProgress, location: 'A-01-1', tote: 'T-1' };
    expect(nextStep({ line: line({ key: 'PL-1|2', line: 2, sku: 'NUT' }), progress: p })).toBe(
      'item',
    );
    expect(nextStep({ line: line({ tote: 'T-2' }), progress: p })).toBe('tote');
    expect(nextStep({ line: line({ tote: null }), progress: { ...p, tote: null } })).toBe('item');
  });

  it('a lost claim or a finished list takes no more scans', () => {
    expect(onPickScan(state(freshProgress, { lost: true }), loc('A-01-1'))).toMatchObject({
      message: 'pick.lostNoMore',
    });
    expect(onPickScan(state(freshProgress, { line: null }), loc('A-01-1'))).toMatchObject({
      message: 'pick.allDone',
    });
  });
});
