// The receiving screen's decision for expired and short-dated lots (docs/receiving.md R9, R10),
// without a browser: the scan is not recorded until the receiver chooses quarantine or refuse.
import { describe, expect, it } from 'vitest';
import type { Receipt, ReceiptLine } from '../../../src/core/receiving/entities.ts';
import type { LocalItem } from '../../../src/db/database.ts';
import {
  decideShelfLife,
  goodMode,
  onReceiveScan,
  type FlowState,
  type ReceiveScan,
} from '../../../src/features/receiving/receive-flow.ts';

const OIL: LocalItem = {
  sku: 'OIL',
  description: 'Olive oil',
  unit: 'EA',
  lotTracked: true,
  expiryTracked: true,
  serialTracked: false,
  minShelfDaysReceive: 30,
  unitValue: 100,
  zone: 'A',
  homeLocation: null,
  barcodes: [],
  codes: [],
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
const receipt = {
  number: 'PO-1',
  type: 'purchase',
  dock: 'DOCK-1',
  tolerancePct: 0,
  status: 'open',
} as Receipt;
const state = (over: Partial<FlowState> = {}): FlowState => ({
  receipt,
  lines: [line],
  quarantine: 'QUAR-1',
  mode: goodMode,
  multiplier: 1,
  held: null,
  today: '2026-12-03',
  ...over,
});
const gs1 = (lot: string, expiry: string): ReceiveScan => ({
  kind: 'item',
  item: OIL,
  qty: 1,
  text: 'x',
  lot,
  expiry,
});

describe('shelf-life decision at the scan', () => {
  it('R9 an expired lot asks for a decision; quarantine records it damaged/expired into quarantine', () => {
    const o = onReceiveScan(state(), gs1('LX999', '2025-12-31'));
    expect(o).toMatchObject({ kind: 'decide', verdict: { kind: 'expired' } });
    if (o.kind !== 'decide') throw new Error('no decision');
    const q = decideShelfLife(state(), o.held, 'quarantine');
    expect(q).toMatchObject({
      kind: 'record',
      facts: {
        condition: 'damaged',
        reason: 'expired',
        location: 'QUAR-1',
        lot: 'LX999',
        expiry: '2025-12-31',
      },
    });
    if (q.kind !== 'record') throw new Error('not recorded');
    expect(q.findings.map((x) => x.kind)).toEqual(['expired', 'lot_other']);
  });

  it('R9 a short-dated lot can be refused: a refusal with the reason, no receive', () => {
    const o = onReceiveScan(state(), gs1('L27031', '2026-12-20'));
    expect(o).toMatchObject({ kind: 'decide', verdict: { kind: 'short_dated', daysLeft: 17 } });
    if (o.kind !== 'decide') throw new Error('no decision');
    expect(decideShelfLife(state(), o.held, 'refuse')).toEqual({
      kind: 'refuse',
      verdict: { kind: 'short_dated', expiry: '2026-12-20', daysLeft: 17, minDays: 30 },
      facts: {
        receipt: 'PO-1',
        line: 1,
        sku: 'OIL',
        qty: 1,
        lot: 'L27031',
        expiry: '2026-12-20',
        reason: 'short_dated',
      },
    });
  });

  it('R10 a good lot other than the announced one is recorded as read, with a finding', () => {
    const o = onReceiveScan(state(), gs1('LX999', '2027-12-31'));
    expect(o).toMatchObject({
      kind: 'record',
      facts: { lot: 'LX999', condition: 'good' },
      findings: [{ kind: 'lot_other', announced: 'L27031', read: 'LX999' }],
    });
  });
});
