// Shelf-life and lot rules shared by the device and the server (docs/receiving.md R9–R12).
import { describe, expect, it } from 'vitest';
import {
  daysLeft,
  isoDay,
  judgeReceiveShelfLife,
  judgeShipShelfLife,
} from '../../../src/core/goods/shelf-life.ts';
import { judgeReceive, lotOther } from '../../../src/core/ops/receiving-rules.ts';
import { putawayShelfLife } from '../../../src/core/goods/putaway-guard.ts';
import type { ReceiptLine } from '../../../src/core/receiving/entities.ts';

const today = '2026-12-03';
const food = {
  lotTracked: true,
  expiryTracked: true,
  serialTracked: false,
  minShelfDaysReceive: 30,
  minShelfDaysShip: 7,
};
const line: ReceiptLine = {
  key: 'PO-1|1',
  receipt: 'PO-1',
  line: 1,
  sku: 'OIL',
  expectedQty: 10,
  lot: 'L27031',
  expiry: '2027-09-30',
  serials: [],
  receivedQty: 0,
  damagedQty: 0,
  scrapQty: 0,
  receivedSerials: [],
  replacesLine: null,
};
const facts = (over = {}) => ({
  receipt: 'PO-1',
  delivery: 'd-12345678',
  line: 1,
  sku: 'OIL',
  qty: 1,
  lot: 'L27031',
  expiry: '2027-09-30',
  serials: [],
  condition: 'good' as const,
  location: 'DOCK-1',
  ...over,
});
const ctx = { receipt: { status: 'open' as const, tolerancePct: 0, type: 'purchase' as const } };

describe('shelf life', () => {
  it('counts whole days in UTC: 0 on the expiry day, negative after', () => {
    expect(daysLeft('2026-12-03', today)).toBe(0);
    expect(daysLeft('2026-12-02', today)).toBe(-1);
    expect(daysLeft('2027-01-02', today)).toBe(30);
    expect(isoDay(Date.UTC(2026, 11, 3, 23, 59))).toBe('2026-12-03');
  });

  it('R9 an expiry in the past is expired; fewer days than the item minimum is short-dated', () => {
    expect(judgeReceiveShelfLife('2025-12-31', food, today)).toMatchObject({ kind: 'expired' });
    expect(judgeReceiveShelfLife('2026-12-20', food, today)).toEqual({
      kind: 'short_dated',
      expiry: '2026-12-20',
      daysLeft: 17,
      minDays: 30,
    });
    expect(judgeReceiveShelfLife('2027-01-02', food, today)).toBeNull();
    // the expiry day itself is still good; no minimum means only "not expired"
    expect(judgeReceiveShelfLife(today, {}, today)).toBeNull();
    expect(judgeReceiveShelfLife('', food, today)).toBeNull();
  });

  it('K8 the shipping minimum is its own number', () => {
    expect(judgeShipShelfLife('2026-12-20', food, today)).toBeNull();
    expect(judgeShipShelfLife('2026-12-08', food, today)).toMatchObject({
      kind: 'short_dated',
      minDays: 7,
    });
  });
});

describe('receiving findings', () => {
  it('R9 an expired or short-dated receive is a finding on both sides, one exception even in quarantine', () => {
    expect(
      judgeReceive(facts({ expiry: '2025-12-31', lot: 'L27031' }), {
        ...ctx,
        line,
        sameSkuLines: [line],
        item: food,
        today,
      }),
    ).toEqual([{ kind: 'expired', expiry: '2025-12-31', daysLeft: -337 }]);
    const quarantined = judgeReceive(
      facts({ expiry: '2026-12-20', condition: 'damaged', reason: 'short_dated', location: 'Q' }),
      { ...ctx, line, sameSkuLines: [line], item: food, today },
    );
    expect(quarantined.map((x) => x.kind)).toEqual(['short_dated']);
    // a damaged unit for another reason is both
    const crushed = judgeReceive(
      facts({ expiry: '2026-12-20', condition: 'damaged', reason: 'crushed', location: 'Q' }),
      { ...ctx, line, sameSkuLines: [line], item: food, today },
    );
    expect(crushed.map((x) => x.kind)).toEqual(['short_dated', 'damaged']);
  });

  it('R10 a lot other than the announced one is a finding naming both; no announced lot, no finding', () => {
    expect(lotOther(line, 'LX999')).toEqual({
      kind: 'lot_other',
      announced: 'L27031',
      read: 'LX999',
    });
    expect(lotOther(line, 'L27031')).toBeNull();
    expect(lotOther({ ...line, lot: '' }, 'LX999')).toBeNull();
    expect(lotOther(null, 'LX999')).toBeNull();
    const found = judgeReceive(facts({ lot: 'LX999' }), {
      ...ctx,
      line,
      sameSkuLines: [line],
      item: food,
      today,
    });
    expect(found).toEqual([{ kind: 'lot_other', announced: 'L27031', read: 'LX999' }]);
  });

  it('R12 putaway flags dock goods whose shelf life fails the receiving rule', () => {
    expect(putawayShelfLife({ expiry: '2025-12-31' }, food, today)).toMatchObject({
      kind: 'expired',
    });
    expect(putawayShelfLife({ expiry: '2027-09-30' }, food, today)).toBeNull();
    expect(
      putawayShelfLife({ expiry: '2025-12-31' }, { ...food, expiryTracked: false }, today),
    ).toBeNull();
  });
});
