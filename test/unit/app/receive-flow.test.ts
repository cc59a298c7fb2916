// The receiving screen's scan handling, without a browser: which line a scan counts against,
// case quantities, extras, holding a tracked item until its lot/expiry/serial is given (from a
// GS1 label, a separate label or typed), serial checks at the scan, damage and returns.
import { describe, expect, it } from 'vitest';
import type { Receipt, ReceiptLine } from '../../../src/core/receiving/entities.ts';
import type { LocalItem } from '../../../src/db/database.ts';
import {
  goodMode,
  matchLine,
  onReceiveScan,
  parseExpiry,
  settle,
  type FlowState,
  type Outcome,
  type ReceiveScan,
} from '../../../src/features/receiving/receive-flow.ts';

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
const BOLT = item('BOLT');
const OIL = item('OIL', { lotTracked: true, expiryTracked: true });
const DRILL = item('DRILL', { serialTracked: true });

const line = (n: number, sku: string, expectedQty: number, over: Partial<ReceiptLine> = {}) => ({
  key: `PO-1|${n}`,
  receipt: 'PO-1',
  line: n,
  sku,
  expectedQty,
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
const receipt: Receipt = {
  number: 'PO-1',
  barcode: 'PO-1',
  supplier: 'S',
  dueDate: '2026-03-02',
  type: 'purchase',
  dock: 'DOCK-1',
  tolerancePct: 0,
  status: 'open',
  closedReason: null,
  closedBy: null,
  closedAt: null,
  createdAt: 0,
};
const state = (over: Partial<FlowState> = {}): FlowState => ({
  receipt,
  lines: [
    line(1, 'BOLT', 10),
    line(2, 'BOLT', 5),
    line(3, 'OIL', 24, { lot: 'L7', expiry: '2027-09-30' }),
    line(4, 'DRILL', 2, { serials: ['D-1', 'D-2'], receivedSerials: ['D-1'] }),
  ],
  quarantine: 'QUAR-1',
  mode: goodMode,
  multiplier: 1,
  held: null,
  today: '2026-12-03',
  ...over,
});
const scanOf = (i: LocalItem, over: Partial<Extract<ReceiveScan, { kind: 'item' }>> = {}) =>
  ({ kind: 'item', item: i, qty: 1, text: i.sku, ...over }) as ReceiveScan;
const text = (t: string): ReceiveScan => ({ kind: 'unknown', text: t });

function recorded(o: Outcome) {
  if (o.kind !== 'record') throw new Error(`expected a record, got ${JSON.stringify(o)}`);
  return o;
}
function held(o: Outcome) {
  if (o.kind !== 'hold') throw new Error(`expected a hold, got ${JSON.stringify(o)}`);
  return o;
}

describe('receiving scans', () => {
  it('counts a scan against the first line of the item that is not full, into the dock', () => {
    const o = recorded(onReceiveScan(state(), scanOf(BOLT)));
    expect(o.facts).toMatchObject({ line: 1, sku: 'BOLT', qty: 1, location: 'DOCK-1' });
    const full = state({ lines: [line(1, 'BOLT', 10, { receivedQty: 10 }), line(2, 'BOLT', 5)] });
    expect(recorded(onReceiveScan(full, scanOf(BOLT))).facts.line).toBe(2);
    const allFull = state({ lines: [line(1, 'BOLT', 1, { receivedQty: 1 })] });
    expect(recorded(onReceiveScan(allFull, scanOf(BOLT))).facts.line).toBe(1);
  });

  it('prefers the line with the lot on the label', () => {
    const lines = [line(1, 'OIL', 5, { lot: 'A' }), line(2, 'OIL', 5, { lot: 'B' })];
    expect(matchLine(lines, 'OIL', 'B')?.line).toBe(2);
    expect(matchLine(lines, 'OIL', 'Z')?.line).toBe(1);
    expect(matchLine(lines, 'NONE')).toBeNull();
  });

  it('a case barcode counts the case, times the quantity multiplier', () => {
    const o = recorded(onReceiveScan(state({ multiplier: 3 }), scanOf(BOLT, { qty: 12 })));
    expect(o.facts.qty).toBe(36);
  });

  it('over the line limit is recorded with the over finding to warn at the scan', () => {
    const s = state({ lines: [line(1, 'BOLT', 2, { receivedQty: 2 })] });
    expect(recorded(onReceiveScan(s, scanOf(BOLT))).findings).toEqual([
      { kind: 'over', expected: 2, limit: 2, received: 3 },
    ]);
  });

  it('an item not on the receipt is recorded as an extra item, line null', () => {
    const o = recorded(onReceiveScan(state(), scanOf(item('NUT'))));
    expect(o.facts).toMatchObject({ line: null, sku: 'NUT' });
    expect(o.findings).toEqual([{ kind: 'unexpected_item' }]);
  });

  it("R11 a lot- and expiry-tracked item without them on the label is held with an empty prompt; the line's lot is a hint", () => {
    const h = held(onReceiveScan(state(), scanOf(OIL)));
    expect(h.message).toBe('receive.needLot');
    expect(h.held).toMatchObject({
      lot: '',
      expiry: '',
      need: ['lot', 'expiry'],
      announcedLot: 'L7',
      announcedExpiry: '2027-09-30',
    });
    // a lot label, then a date label (GS1 YYMMDD) fill what was missing, in order
    const s = state({ held: h.held });
    const afterLot = held(onReceiveScan(s, text('L8')));
    expect(afterLot.message).toBe('receive.needExpiry');
    const done = recorded(onReceiveScan(state({ held: afterLot.held }), text('280131')));
    expect(done.facts).toMatchObject({ line: 3, lot: 'L8', expiry: '2028-01-31' });
  });

  it('R11 Save on the untouched prompt records nothing: the announced lot is never taken as read', () => {
    const h = held(onReceiveScan(state(), scanOf(OIL)));
    expect(held(settle(state({ held: h.held }), h.held)).message).toBe('receive.needLot');
    const typed = { ...h.held, lot: 'L7', expiry: '2027-09-30' };
    expect(recorded(settle(state({ held: typed }), typed)).facts).toMatchObject({
      lot: 'L7',
      expiry: '2027-09-30',
    });
    expect(held(settle(state(), { ...h.held, lot: ' ' })).message).toBe('receive.needLot');
  });

  it('a GS1 label with lot and expiry records at once; the same item with them fills a held scan', () => {
    const gs1 = scanOf(OIL, { lot: 'L9', expiry: '2027-12-31', qty: 12 });
    expect(recorded(onReceiveScan(state(), gs1)).facts).toMatchObject({
      qty: 12,
      lot: 'L9',
      expiry: '2027-12-31',
    });
    const h = held(onReceiveScan(state(), scanOf(OIL)));
    expect(recorded(onReceiveScan(state({ held: h.held }), gs1)).facts).toMatchObject({
      qty: 1,
      lot: 'L9',
    });
  });

  it('while a scan is held, another item or a location is refused and the held scan stays', () => {
    const h = held(onReceiveScan(state(), scanOf(OIL)));
    const s = state({ held: h.held });
    expect(onReceiveScan(s, scanOf(BOLT))).toMatchObject({
      kind: 'reject',
      message: 'receive.finishHeld',
    });
    expect(onReceiveScan(s, text('not-a-date-but-a-lot-that-is-too-long'))).toMatchObject({
      kind: 'reject',
      message: 'receive.badLot',
    });
    const needExpiry = state({ held: { ...h.held, need: ['expiry'] } });
    expect(onReceiveScan(needExpiry, text('2027-02-30'))).toMatchObject({
      kind: 'reject',
      message: 'receive.badExpiry',
    });
  });

  it('serials: asked for one unit at a time; a duplicate is refused at the scan, an unannounced one warned', () => {
    expect(onReceiveScan(state(), scanOf(DRILL, { qty: 6 }))).toMatchObject({
      kind: 'reject',
      message: 'receive.serialOneByOne',
    });
    const h = held(onReceiveScan(state(), scanOf(DRILL)));
    expect(h.message).toBe('receive.needSerial');
    const s = state({ held: h.held });
    expect(onReceiveScan(s, text('D-1'))).toMatchObject({
      kind: 'reject',
      message: 'receive.serialDuplicate',
    });
    expect(recorded(onReceiveScan(s, text('D-2'))).findings).toEqual([]);
    expect(recorded(onReceiveScan(s, text('D-9'))).findings).toEqual([
      { kind: 'serial_unexpected', serials: ['D-9'] },
    ]);
  });

  it('damaged needs a reason and goes to quarantine with the photo; a return scraps to no location', () => {
    const damaged = { condition: 'damaged' as const, reason: null, photo: null };
    expect(onReceiveScan(state({ mode: damaged }), scanOf(BOLT))).toMatchObject({
      kind: 'reject',
      message: 'receive.pickReason',
    });
    const photo = 'data:image/jpeg;base64,/9j/';
    const o = recorded(
      onReceiveScan(state({ mode: { ...damaged, reason: 'wet', photo } }), scanOf(BOLT)),
    );
    expect(o.facts).toMatchObject({
      condition: 'damaged',
      reason: 'wet',
      photo,
      location: 'QUAR-1',
    });
    expect(
      onReceiveScan(state({ mode: { ...damaged, reason: 'wet' }, quarantine: null }), scanOf(BOLT)),
    ).toMatchObject({ kind: 'reject', message: 'receive.noQuarantine' });
    const ret = state({
      receipt: { ...receipt, type: 'return' },
      mode: { condition: 'scrap', reason: 'broken', photo: null },
    });
    const scrap = recorded(onReceiveScan(ret, scanOf(BOLT)));
    expect(scrap.facts).toMatchObject({ condition: 'scrap', location: null });
    expect(scrap.findings).toEqual([]);
  });

  it('a receipt barcode opens that receipt; a location is not something to receive', () => {
    expect(
      onReceiveScan(state(), {
        kind: 'receipt',
        receipt: { ...receipt, number: 'PO-2' },
        text: 'PO-2',
      }),
    ).toMatchObject({ kind: 'open' });
    expect(onReceiveScan(state(), { kind: 'receipt', receipt, text: 'PO-1' })).toMatchObject({
      kind: 'reject',
    });
    expect(
      onReceiveScan(state(), {
        kind: 'location',
        location: { code: 'A-1', barcode: 'A-1', zone: 'A', kind: 'storage', walkSeq: 1 },
        text: 'A-1',
      }),
    ).toMatchObject({ kind: 'reject', message: 'receive.locationHere' });
  });

  it('reads expiry dates as YYYY-MM-DD or GS1 YYMMDD, and nothing that is not a real day', () => {
    expect(parseExpiry('2027-01-31')).toBe('2027-01-31');
    expect(parseExpiry('270131')).toBe('2027-01-31');
    expect(parseExpiry('270231')).toBeNull();
    expect(parseExpiry('31.01.2027')).toBeNull();
  });
});
