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
import { walkOrder } from '../../../src/features/picking/pick-memory.ts';
import { stillClaimedHere } from '../../../src/features/picking/pick-data.ts';

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
    const gs1 = onPickScan(s, scanItem('OIL', 1, { lotTracked: true }, 'L7'));
    expect(gs1).toMatchObject({ kind: 'record', facts: { lot: 'L7' } });
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

describe('K5/K10: lines at one location in any order, skip and defer', () => {
  const nut = line({ key: 'PL-1|2', line: 2, sku: 'NUT', tote: 'T-2', order: 'SO-2' });
  const here: Progress = { ...freshProgress, location: 'A-01-1', tote: 'T-1' };

  it('the other item at this location is picked first, into its own tote', () => {
    const first = onPickScan(state(here, { sameLocation: [nut] }), scanItem('NUT'));
    // NUT goes into T-2: the tote is asked for, and the screen now works on NUT's line.
    expect(first).toMatchObject({
      kind: 'reject',
      message: 'pick.scanToteFirst',
      params: { tote: 'T-2' },
      progress: { focus: 'PL-1|2' },
    });
    const tote = onPickScan(state(here, { sameLocation: [nut] }), text('T-2'));
    expect(tote).toMatchObject({ kind: 'step', progress: { focus: 'PL-1|2', tote: 'T-2' } });
    const sameTote = line({ key: 'PL-1|3', line: 3, sku: 'WASHER' });
    const out = onPickScan(state(here, { sameLocation: [sameTote] }), scanItem('WASHER'));
    expect(out).toMatchObject({ kind: 'record', facts: { line: 3, sku: 'WASHER', tote: 'T-1' } });
  });

  it('m1: the tote already proven, scanned again, is fine', () => {
    expect(onPickScan(state(here), text('T-1'))).toMatchObject({
      kind: 'step',
      message: 'pick.toteOk',
    });
  });

  it('skipped lines come back at the end; lines left for others go last, for their picker only', () => {
    const me = { userId: 'u1', deviceId: 'd1' };
    const a = line({ key: 'L|1', line: 1 });
    const b = line({ key: 'L|2', line: 2 });
    const c = line({ key: 'L|3', line: 3, deferReason: 'out_of_reach', deferredBy: 'u1' });
    const d = line({ key: 'L|4', line: 4 });
    expect(walkOrder([a, b, c, d], me, ['L|1']).map((l) => l.line)).toEqual([2, 4, 1, 3]);
    // Someone else's deferral is this picker's work like any other line.
    expect(walkOrder([a, b, c, d], { ...me, userId: 'u2' }, []).map((l) => l.line)).toEqual([
      1, 2, 3, 4,
    ]);
    // A skipped line already picked keeps its place.
    const done = { ...a, status: 'picked' as const, pickedQty: 5 };
    expect(walkOrder([done, b], me, ['L|1']).map((l) => l.line)).toEqual([1, 2]);
  });

  it('K9: a device still holds a list when its last claim or release of it was a claim', () => {
    const op = (type: string, list = 'L') => ({ type, payload: { list } });
    expect(stillClaimedHere([op('pick.claim'), op('pick.line')], 'L')).toBe(true);
    expect(stillClaimedHere([op('pick.claim'), op('pick.release')], 'L')).toBe(false);
    expect(stillClaimedHere([op('pick.claim'), op('pick.release'), op('pick.claim')], 'L')).toBe(
      true,
    );
    expect(stillClaimedHere([op('pick.claim', 'M')], 'L')).toBe(false);
  });
});
