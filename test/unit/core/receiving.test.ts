// Receiving rules shared by device and server: payloads, stock effects, accumulation on lines,
// tolerance, returns, serial checks, and what gets raised (docs/receiving.md).
import { describe, expect, it } from 'vitest';
import {
  receiveClosePayloadV1,
  receiveItemOp,
  receiveItemPayloadV1,
  receiveUndoOp,
  receiveUndoPayloadV1,
} from '../../../src/core/ops/receiving.ts';
import { judgeReceive, missingTracking } from '../../../src/core/ops/receiving-rules.ts';
import { findOp } from '../../../src/core/ops/registry.ts';
import type { ReceiptLine } from '../../../src/core/receiving/entities.ts';
import {
  applyToLine,
  lineState,
  overLimit,
  receiptStatus,
  receiptTotals,
  shortLines,
  unexpectedLine,
} from '../../../src/core/receiving/progress.ts';

const base = {
  receipt: 'PO-1',
  delivery: 'delivery-0001',
  line: 1,
  sku: 'SKU-1',
  qty: 2,
  location: 'DOCK-1',
};
const item = (over: Record<string, unknown> = {}) =>
  receiveItemPayloadV1.parse({ ...base, ...over });

const line = (over: Partial<ReceiptLine> = {}): ReceiptLine => ({
  key: 'PO-1|1',
  receipt: 'PO-1',
  line: 1,
  sku: 'SKU-1',
  expectedQty: 10,
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
const untracked = { lotTracked: false, expiryTracked: false, serialTracked: false };
const ctx = (l: ReceiptLine | null, over: Record<string, unknown> = {}) => ({
  receipt: { status: 'open' as const, tolerancePct: 0, type: 'purchase' as const },
  line: l,
  sameSkuLines: l ? [l] : [],
  item: untracked,
  ...over,
});

describe('receive.item v1 payload', () => {
  it('fills defaults: good condition, no lot, expiry, serials, reason or photo', () => {
    expect(item()).toEqual({
      ...base,
      lot: '',
      expiry: '',
      serials: [],
      condition: 'good',
      reason: null,
      note: '',
      photo: null,
      scans: [],
    });
  });

  it.each([
    [{ qty: 0 }, 'qty'],
    [{ qty: 1.5 }, 'qty'],
    [{ line: 0 }, 'line'],
    [{ serials: ['A', 'B', 'C'] }, 'serials'],
    [{ qty: 2, serials: ['A', 'A'] }, 'serials'],
    [{ condition: 'damaged', location: 'QUAR-1' }, 'reason'],
    [{ condition: 'scrap', reason: 'broken' }, 'location'],
    [{ condition: 'good', location: null }, 'location'],
    [{ reason: 'wet' }, 'condition'],
    [{ condition: 'damaged', reason: 'wet', photo: 'data:image/png;base64,AAAA' }, 'photo'],
    [
      {
        condition: 'damaged',
        reason: 'wet',
        photo: `data:image/jpeg;base64,${'A'.repeat(200_000)}`,
      },
      'photo',
    ],
    [{ condition: 'damaged', reason: 'fell-off-truck' }, 'reason'],
    [{ expiry: '31.12.2027' }, 'expiry'],
    [{ receipt: 'PO|1' }, 'receipt'],
  ])('refuses %o at %s', (over, path) => {
    const r = receiveItemPayloadV1.safeParse({ ...base, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('puts good units at the dock, damaged units in quarantine, scrap nowhere', () => {
    expect(receiveItemOp.stockDeltas(item({ lot: 'L1', expiry: '2027-01-31' }))).toEqual([
      { location: 'DOCK-1', sku: 'SKU-1', lot: 'L1', expiry: '2027-01-31', delta: 2 },
    ]);
    expect(
      receiveItemOp.stockDeltas(
        item({
          condition: 'damaged',
          reason: 'crushed',
          location: 'QUAR-1',
          photo: 'data:image/jpeg;base64,/9j/AA==',
        }),
      ),
    ).toEqual([{ location: 'QUAR-1', sku: 'SKU-1', lot: '', expiry: '', delta: 2 }]);
    expect(
      receiveItemOp.stockDeltas(item({ condition: 'scrap', reason: 'broken', location: null })),
    ).toEqual([]);
  });

  it('an undo repeats the facts and takes the stock back out', () => {
    const p = receiveUndoPayloadV1.parse({ ...base, undoes: crypto.randomUUID() });
    expect(receiveUndoOp.stockDeltas(p)).toEqual([
      { location: 'DOCK-1', sku: 'SKU-1', lot: '', expiry: '', delta: -2 },
    ]);
    expect(receiveUndoPayloadV1.safeParse({ ...base, undoes: 'last one' }).success).toBe(false);
  });

  it('closing needs a reason', () => {
    expect(receiveClosePayloadV1.safeParse({ receipt: 'PO-1', reason: '  ' }).success).toBe(false);
    expect(receiveClosePayloadV1.parse({ receipt: 'PO-1', reason: ' short shipped ' }).reason).toBe(
      'short shipped',
    );
  });

  it('every receiving op is in the registry, with receivers and supervisors allowed', () => {
    for (const type of [
      'receive.item',
      'receive.undo',
      'receive.finish',
      'receive.wrong_item',
      'putaway.move',
    ]) {
      const found = findOp(type, 1);
      expect(found.ok && found.def.roles).toEqual(['receiver', 'supervisor', 'admin']);
    }
    const close = findOp('receive.close', 1);
    expect(close.ok && close.def.roles).toEqual(['supervisor', 'admin']);
  });
});

describe('receipt progress', () => {
  it('accumulates every receive on the line, damaged and scrap counted apart', () => {
    let l = line();
    l = applyToLine(l, item({ qty: 4 }), 1);
    l = applyToLine(
      l,
      item({ qty: 1, condition: 'damaged', reason: 'wet', location: 'QUAR-1' }),
      1,
    );
    l = applyToLine(l, item({ qty: 1, condition: 'scrap', reason: 'broken', location: null }), 1);
    expect(l).toMatchObject({ receivedQty: 6, damagedQty: 1, scrapQty: 1 });
    expect(lineState(l, 0)).toBe('partial');
    l = applyToLine(
      l,
      item({ qty: 1, condition: 'damaged', reason: 'wet', location: 'QUAR-1' }),
      -1,
    );
    expect(l).toMatchObject({ receivedQty: 5, damagedQty: 0, scrapQty: 1 });
  });

  it('an undo removes its serials once, leaving a duplicate scan of the same serial', () => {
    let l = line();
    l = applyToLine(l, item({ qty: 1, serials: ['S1'] }), 1);
    l = applyToLine(l, item({ qty: 1, serials: ['S1'] }), 1);
    l = applyToLine(l, item({ qty: 1, serials: ['S1'] }), -1);
    expect(l.receivedSerials).toEqual(['S1']);
  });

  it('tolerance rounds down: 5% of 10 allows nothing extra, 5% of 20 allows one', () => {
    expect(overLimit(10, 5)).toBe(10);
    expect(overLimit(20, 5)).toBe(21);
    expect(overLimit(10, 0)).toBe(10);
    expect(lineState(line({ expectedQty: 20, receivedQty: 21 }), 5)).toBe('complete');
    expect(lineState(line({ expectedQty: 20, receivedQty: 22 }), 5)).toBe('over');
    expect(lineState(line({ receivedQty: 0 }), 0)).toBe('waiting');
    expect(lineState(unexpectedLine('PO-1', 'SKU-9'), 0)).toBe('unexpected');
  });

  it('a receipt is complete when every expected line is; extras do not hold it open; closed stays closed', () => {
    const lines = [
      line({ receivedQty: 10 }),
      line({ key: 'PO-1|2', line: 2, expectedQty: 3, receivedQty: 2 }),
    ];
    expect(receiptStatus({ status: 'open' }, lines)).toBe('open');
    lines[1] = { ...lines[1]!, receivedQty: 3 };
    expect(receiptStatus({ status: 'open' }, [...lines, unexpectedLine('PO-1', 'SKU-9')])).toBe(
      'complete',
    );
    expect(receiptStatus({ status: 'complete' }, [line({ receivedQty: 2 })])).toBe('open');
    expect(receiptStatus({ status: 'closed' }, lines)).toBe('closed');
    expect(receiptTotals(lines)).toEqual({ expected: 13, received: 13 });
    expect(shortLines([line({ receivedQty: 7 }), lines[1]])).toEqual([
      { line: 1, sku: 'SKU-1', expected: 10, received: 7 },
    ]);
  });
});

describe('judging a receive', () => {
  it('raises over-receipt once, when the line crosses its tolerance', () => {
    const c = (received: number) =>
      ctx(line({ receivedQty: received }), {
        receipt: { status: 'open', tolerancePct: 10, type: 'purchase' },
      });
    expect(judgeReceive(item({ qty: 11 }), c(0))).toEqual([]);
    expect(judgeReceive(item({ qty: 1 }), c(11))).toEqual([
      { kind: 'over', expected: 10, limit: 11, received: 12 },
    ]);
    expect(judgeReceive(item({ qty: 1 }), c(12))).toEqual([]);
  });

  it('raises an unexpected item when it first appears, and a closed receipt every time it is judged', () => {
    const p = item({ line: null });
    expect(judgeReceive(p, ctx(null))).toEqual([{ kind: 'unexpected_item' }]);
    expect(judgeReceive(p, ctx(applyToLine(unexpectedLine('PO-1', 'SKU-1'), p, 1)))).toEqual([]);
    const closed = ctx(line(), {
      receipt: { status: 'closed', tolerancePct: 0, type: 'purchase' },
    });
    expect(judgeReceive(item(), closed)).toEqual([{ kind: 'closed_receipt' }]);
  });

  it('damage is raised for purchases and returns; scrap only for purchases (a scrapped return is an outcome)', () => {
    const damaged = item({ condition: 'damaged', reason: 'wet', location: 'QUAR-1' });
    const scrap = item({ condition: 'scrap', reason: 'broken', location: null });
    const ret = ctx(line(), { receipt: { status: 'open', tolerancePct: 0, type: 'return' } });
    expect(judgeReceive(damaged, ctx(line()))).toEqual([{ kind: 'damaged' }]);
    expect(judgeReceive(scrap, ctx(line()))).toEqual([{ kind: 'scrap' }]);
    expect(judgeReceive(damaged, ret)).toEqual([{ kind: 'damaged' }]);
    expect(judgeReceive(scrap, ret)).toEqual([]);
  });

  it('flags serials already received on the receipt and serials the supplier did not announce', () => {
    const l = line({ serials: ['S1', 'S2'], receivedSerials: ['S1'] });
    const tracked = { ...untracked, serialTracked: true };
    expect(
      judgeReceive(item({ qty: 2, serials: ['S1', 'S9'] }), ctx(l, { item: tracked })),
    ).toEqual([
      { kind: 'serial_duplicate', serials: ['S1'] },
      { kind: 'serial_unexpected', serials: ['S9'] },
    ]);
    expect(judgeReceive(item({ qty: 1, serials: ['S2'] }), ctx(l, { item: tracked }))).toEqual([]);
    // no announced serials: any serial is fine
    expect(judgeReceive(item({ qty: 1, serials: ['Z'] }), ctx(line(), { item: tracked }))).toEqual(
      [],
    );
  });

  it('asks for exactly the tracking data a tracked item lacks', () => {
    const all = { lotTracked: true, expiryTracked: true, serialTracked: true };
    expect(missingTracking(all, { lot: ' ', expiry: '', serials: [] })).toEqual([
      'lot',
      'expiry',
      'serial',
    ]);
    expect(missingTracking(all, { lot: 'L', expiry: '2027-01-01', serials: ['S'] })).toEqual([]);
    expect(judgeReceive(item(), ctx(line(), { item: all }))).toEqual([
      { kind: 'missing_tracking', fields: ['lot', 'expiry', 'serial'] },
    ]);
  });
});
