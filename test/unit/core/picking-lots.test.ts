// K12 (docs/picking.md): the lot to take is the earliest-expiring lot on the face that meets
// the item's shelf life for shipping; a lot the face does not hold is refused, an expired one
// is refused unless a supervisor overrides, and a short-dated lot or one that is not the lot to
// take is recorded only with the picker's reason. The same rule as the server's.
import { describe, expect, it } from 'vitest';
import { judgePickLot, lotToTake } from '../../../src/core/picking/lots.ts';
import type { PickLine, PickList } from '../../../src/core/picking/entities.ts';
import type { LocalItem } from '../../../src/db/database.ts';
import type { Resolved } from '../../../src/scan/resolve-local.ts';
import {
  freshProgress,
  nextStep,
  onLotReason,
  onPickScan,
  type PickState,
  type Progress,
} from '../../../src/features/picking/pick-flow.ts';

const TODAY = '2026-12-04';
const face = [
  { key: 'a', location: 'A-01-1', sku: 'OIL', lot: 'L-LATE', expiry: '2027-09-30', qty: 5 },
  { key: 'b', location: 'A-01-1', sku: 'OIL', lot: 'L-SOON', expiry: '2027-01-10', qty: 4 },
  { key: 'c', location: 'A-01-1', sku: 'OIL', lot: 'L-OLD', expiry: '2026-11-30', qty: 2 },
  { key: 'd', location: 'A-01-1', sku: 'OIL', lot: 'L-GONE', expiry: '2026-12-20', qty: 0 },
];
const ship = { minShelfDaysShip: 30 };

describe('K12 the lot to take', () => {
  it('is the earliest expiry that still has the shelf life to ship, never an empty lot', () => {
    expect(lotToTake(face, ship, TODAY)?.lot).toBe('L-SOON');
    expect(lotToTake(face, { minShelfDaysShip: 60 }, TODAY)?.lot).toBe('L-LATE');
    expect(lotToTake(face, {}, TODAY)?.lot).toBe('L-SOON');
    expect(lotToTake(face.slice(2), ship, TODAY)).toBeNull();
  });

  it('judges a scanned lot: not here, expired, short-dated, not first, or the one', () => {
    expect(judgePickLot('L99999', face, ship, TODAY)).toEqual({
      kind: 'not_here',
      held: ['L-OLD', 'L-SOON', 'L-LATE'],
    });
    expect(judgePickLot('L-GONE', face, ship, TODAY)).toMatchObject({ kind: 'not_here' });
    expect(judgePickLot('L-OLD', face, ship, TODAY)).toMatchObject({ kind: 'expired' });
    expect(judgePickLot('L-SOON', face, { minShelfDaysShip: 60 }, TODAY)).toMatchObject({
      kind: 'short_dated',
      daysLeft: 37,
      minDays: 60,
    });
    expect(judgePickLot('L-LATE', face, ship, TODAY)).toMatchObject({
      kind: 'not_fefo',
      take: { lot: 'L-SOON' },
    });
    expect(judgePickLot('L-SOON', face, ship, TODAY)).toEqual({ kind: 'ok' });
  });
});

const list: PickList = {
  number: 'PL-1',
  barcode: 'PL-1',
  kind: 'single',
  orders: [{ order: 'SO-1', tote: null }],
  assignedTo: null,
  status: 'claimed',
  claimedBy: 'u1',
  claimedDevice: 'd1',
  claimedAt: 1,
  completedBy: null,
  completedAt: null,
  releasedBy: null,
  releasedAt: null,
  createdAt: 1,
};
const line: PickLine = {
  key: 'PL-1|1',
  list: 'PL-1',
  line: 1,
  order: 'SO-1',
  tote: null,
  sku: 'OIL',
  location: 'A-01-1',
  qty: 6,
  pickedQty: 0,
  status: 'open',
  shortReason: null,
  lots: [],
  deferReason: null,
  deferredBy: null,
};
const oil: LocalItem = {
  sku: 'OIL',
  description: 'Olive oil',
  unit: 'EA',
  lotTracked: true,
  expiryTracked: true,
  serialTracked: false,
  unitValue: 100,
  zone: 'A',
  homeLocation: null,
  barcodes: [],
  codes: [],
  minShelfDaysShip: 30,
};
const item = (lot?: string): Resolved => ({
  kind: 'item',
  item: oil,
  qty: 1,
  text: 'OIL',
  ...(lot ? { lot } : {}),
});
const label = (t: string): Resolved => ({ kind: 'unknown', text: t });
const at = { ...freshProgress, location: 'A-01-1' };
const state = (progress: Progress = at, over: Partial<PickState> = {}): PickState => ({
  list,
  line,
  face,
  progress,
  lost: false,
  today: TODAY,
  ...over,
});
const progressOf = (o: ReturnType<typeof onPickScan>) => (o as { progress: Progress }).progress;

describe('K12 at the pick scan', () => {
  it('records the lot to take at once, with its expiry', () => {
    expect(onPickScan(state(), item('L-SOON'))).toMatchObject({
      kind: 'record',
      facts: { lot: 'L-SOON', expiry: '2027-01-10', qty: 1 },
    });
  });

  it('refuses a lot the face does not hold and keeps the item for the right label', () => {
    const held = progressOf(onPickScan(state(), item()));
    const wrong = onPickScan(state(held), label('L99999'));
    expect(wrong).toMatchObject({
      kind: 'reject',
      message: 'pick.lotNotHere',
      params: { lot: 'L99999', lots: 'L-OLD, L-SOON, L-LATE' },
    });
    expect(nextStep({ line, progress: progressOf(wrong) })).toBe('lot');
    expect(onPickScan(state(progressOf(wrong)), label('L-SOON'))).toMatchObject({
      kind: 'record',
      facts: { lot: 'L-SOON' },
    });
  });

  it('asks why for a lot that is not first out, and records the reason given', () => {
    const ask = onPickScan(state(), item('L-LATE'));
    expect(ask).toMatchObject({
      kind: 'step',
      message: 'pick.lotNotFefoAsk',
      params: { lot: 'L-LATE', take: 'L-SOON' },
    });
    const p = progressOf(ask);
    expect(nextStep({ line, progress: p })).toBe('lotReason');
    expect(onPickScan(state(p), item('L-LATE'))).toMatchObject({ kind: 'step' });
    expect(onPickScan(state(p), loc())).toMatchObject({ kind: 'step' });
    expect(onLotReason(state(p), 'expired_override')).toMatchObject({
      kind: 'reject',
      message: 'pick.lotChooseReason',
    });
    expect(onLotReason(state(p), 'fefo_not_reachable')).toMatchObject({
      kind: 'record',
      facts: { lot: 'L-LATE', lotReason: 'fefo_not_reachable', qty: 1 },
    });
    // Scanning the lot to take instead, while asked, records it without a reason.
    const instead = onPickScan(state(p), label('L-SOON'));
    expect(instead).toMatchObject({ kind: 'record', facts: { lot: 'L-SOON' } });
    expect((instead as { facts: object }).facts).not.toHaveProperty('lotReason');
  });

  it('refuses an expired lot to a picker; a supervisor may override, recorded as such', () => {
    expect(onPickScan(state(), item('L-OLD'))).toMatchObject({
      kind: 'reject',
      message: 'pick.lotExpired',
      params: { lot: 'L-OLD', expiry: '2026-11-30' },
    });
    const ask = onPickScan(state(at, { office: true }), item('L-OLD'));
    expect(ask).toMatchObject({ kind: 'step', message: 'pick.lotExpiredAsk' });
    const p = progressOf(ask);
    expect(onLotReason(state(p, { office: true }), 'customer_lot')).toMatchObject({
      kind: 'reject',
    });
    expect(onLotReason(state(p, { office: true }), 'expired_override')).toMatchObject({
      kind: 'record',
      facts: { lot: 'L-OLD', lotReason: 'expired_override' },
    });
  });

  it('the lot of the last pick carries its reason; a lot label alone sets the lot', () => {
    const p = progressOf(onPickScan(state(), item('L-LATE')));
    const first = onLotReason(state(p), 'customer_lot');
    const again = onPickScan(state(progressOf(first)), item());
    expect(again).toMatchObject({
      kind: 'record',
      facts: { lot: 'L-LATE', lotReason: 'customer_lot' },
    });
    const set = onPickScan(state(progressOf(again)), label('L-SOON'));
    expect(set).toMatchObject({ kind: 'step', message: 'pick.lotSet' });
    const next = onPickScan(state(progressOf(set)), item());
    expect(next).toMatchObject({ kind: 'record', facts: { lot: 'L-SOON' } });
    expect((next as { facts: object }).facts).not.toHaveProperty('lotReason');
  });

  it('Q2: a held lot is refused at the scan and the item waits for another lot', () => {
    const holds = new Set(['OIL|L-SOON']);
    const out = onPickScan(state(at, { holds }), item('L-SOON'));
    expect(out).toMatchObject({
      kind: 'reject',
      message: 'pick.lotHeld',
      params: { lot: 'L-SOON' },
    });
    expect(nextStep({ line, progress: progressOf(out) })).toBe('lot');
    // With the earliest lot held, the next one is the lot to take: no reason asked.
    expect(onPickScan(state(progressOf(out), { holds }), label('L-LATE'))).toMatchObject({
      kind: 'record',
      facts: { lot: 'L-LATE' },
    });
  });

  it('a lot carried over from the last scan is checked again on this face', () => {
    const carried = { ...at, lot: { sku: 'OIL', lot: 'L99999' } };
    expect(onPickScan(state(carried), item())).toMatchObject({
      kind: 'reject',
      message: 'pick.lotNotHere',
    });
  });
});

const loc = (): Resolved => ({
  kind: 'location',
  location: { code: 'A-01-1', barcode: 'A-01-1', zone: 'A', kind: 'storage', walkSeq: 1 },
  text: 'A-01-1',
});
