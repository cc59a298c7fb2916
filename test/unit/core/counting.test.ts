// Counting rules shared by device and server: the observation op, comparing with the book,
// tolerance by quantity and by value, recount by a different counter, approval, and the
// moved-during-count rule (C1–C6 in docs/counting.md).
import { describe, expect, it } from 'vitest';
import { countLocationOp, countLocationPayloadV1 } from '../../../src/core/ops/counting.ts';
import { findOp } from '../../../src/core/ops/registry.ts';
import {
  addToCount,
  compareCount,
  decideCount,
  inWalkingOrder,
  mayApprove,
  mayCount,
  movedDuringCount,
  setCountQty,
  withinTolerance,
} from '../../../src/core/counting/rules.ts';

const line = (sku: string, qty: number, lot = '', expiry = '') => ({ sku, lot, expiry, qty });

describe('C1: count.location v1, one observation per location', () => {
  const valid = { task: 'CT-1', location: 'A-01-1', lines: [line('SKU-1', 4)] };

  it('is registered, changes no stock by itself, and fills defaults', () => {
    expect(findOp('count.location', 1).ok).toBe(true);
    const p = countLocationPayloadV1.parse(valid);
    expect(p).toEqual({ ...valid, empty: false, scans: [] });
    expect(countLocationOp.stockDeltas()).toEqual([]);
    expect(countLocationOp.roles).toEqual(['counter', 'supervisor', 'admin']);
  });

  it('"location empty" is one observation with no lines; ad-hoc counts have no task', () => {
    const p = countLocationPayloadV1.parse({
      task: null,
      location: 'B-01-2',
      lines: [],
      empty: true,
    });
    expect(p).toMatchObject({ task: null, empty: true, lines: [] });
  });

  it.each([
    [{ ...valid, lines: [] }, 'lines'],
    [{ ...valid, empty: true }, 'empty'],
    [{ ...valid, lines: [line('SKU-1', 1), line('SKU-1', 2)] }, 'lines'],
    [{ ...valid, lines: [line('SKU-1', -1)] }, 'lines.0.qty'],
    [{ ...valid, lines: [line('SKU-1', 1.5)] }, 'lines.0.qty'],
    [{ ...valid, location: 'A|1' }, 'location'],
    [{ ...valid, lines: [line('SKU-1', 1, '', '28.02.2027')] }, 'lines.0.expiry'],
  ])('rejects %o at %s', (payload, path) => {
    const r = countLocationPayloadV1.safeParse(payload);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('the same item in two lots is two lines', () => {
    const p = { ...valid, lines: [line('SKU-1', 1, 'L1'), line('SKU-1', 2, 'L2')] };
    expect(countLocationPayloadV1.safeParse(p).success).toBe(true);
  });
});

describe('C2: comparing a count with the book', () => {
  const book = [line('SKU-1', 10), line('SKU-2', 5, 'L1', '2027-01-31')];

  it('an exact count has no variance', () => {
    expect(compareCount(book, [line('SKU-1', 10), line('SKU-2', 5, 'L1', '2027-01-31')])).toEqual(
      [],
    );
  });

  it('a book bucket not found counts as none found; an unexpected item is a variance too', () => {
    expect(compareCount(book, [line('SKU-1', 8), line('SKU-9', 3)])).toEqual([
      { sku: 'SKU-1', lot: '', expiry: '', book: 10, counted: 8, delta: -2 },
      { sku: 'SKU-2', lot: 'L1', expiry: '2027-01-31', book: 5, counted: 0, delta: -5 },
      { sku: 'SKU-9', lot: '', expiry: '', book: 0, counted: 3, delta: 3 },
    ]);
  });

  it('an empty location against the book: everything is missing', () => {
    expect(compareCount(book, []).map((l) => l.delta)).toEqual([-10, -5]);
  });

  it('lots are compared separately', () => {
    const v = compareCount([line('SKU-1', 4, 'A')], [line('SKU-1', 4, 'B')]);
    expect(v.map((l) => [l.lot, l.delta])).toEqual([
      ['A', -4],
      ['B', 4],
    ]);
  });
});

describe('C3: tolerance by quantity or by value percentage', () => {
  const v = (book: number, counted: number, sku = 'SKU-1') => ({
    sku,
    lot: '',
    expiry: '',
    book,
    counted,
    delta: counted - book,
  });
  const value = (sku: string) => (sku === 'SKU-1' ? 250 : 10_000);

  it('by quantity: every line within the units allowed', () => {
    expect(withinTolerance([v(10, 8)], { kind: 'qty', value: 2 }, value)).toBe(true);
    expect(withinTolerance([v(10, 13)], { kind: 'qty', value: 2 }, value)).toBe(false);
    expect(withinTolerance([v(10, 9), v(3, 0)], { kind: 'qty', value: 2 }, value)).toBe(false);
    expect(withinTolerance([v(10, 9)], { kind: 'qty', value: 0 }, value)).toBe(false);
  });

  it('by value: the variance value within a percentage of the book value', () => {
    expect(withinTolerance([v(100, 95)], { kind: 'valuePct', value: 5 }, value)).toBe(true);
    expect(withinTolerance([v(100, 94)], { kind: 'valuePct', value: 5 }, value)).toBe(false);
    expect(withinTolerance([v(0, 1)], { kind: 'valuePct', value: 50 }, value)).toBe(false);
  });
});

describe('C4: moved during the count', () => {
  it('a movement by another device after baseVersion means the count is not comparable', () => {
    expect(movedDuringCount([{ version: 7, deviceId: 'B' }], 6, 'A')).toBe(true);
    expect(movedDuringCount([{ version: 7, deviceId: null }], 6, 'A')).toBe(true);
  });

  it('movements the device had seen, or made itself before the count, are not', () => {
    expect(movedDuringCount([{ version: 6, deviceId: 'B' }], 6, 'A')).toBe(false);
    expect(movedDuringCount([{ version: 9, deviceId: 'A' }], 6, 'A')).toBe(false);
    expect(movedDuringCount([], 6, 'A')).toBe(false);
  });
});

describe('C5: what a count leads to', () => {
  const diff = [{ sku: 'S', lot: '', expiry: '', book: 5, counted: 4, delta: -1 }];

  it('moved wins over everything; no variance is posted', () => {
    expect(decideCount({ moved: true, lines: diff, within: true, isRecount: false })).toBe('moved');
  });

  it('match, post within tolerance, recount above it, approval after the recount', () => {
    expect(decideCount({ moved: false, lines: [], within: true, isRecount: false })).toBe('match');
    expect(decideCount({ moved: false, lines: diff, within: true, isRecount: false })).toBe('post');
    expect(decideCount({ moved: false, lines: diff, within: false, isRecount: false })).toBe(
      'recount',
    );
    expect(decideCount({ moved: false, lines: diff, within: false, isRecount: true })).toBe(
      'approval',
    );
  });

  it('a recount is done by a different counter; only supervisors and admins approve', () => {
    expect(mayCount({ notBy: ['u1'] }, 'u1')).toBe(false);
    expect(mayCount({ notBy: ['u1'] }, 'u2')).toBe(true);
    expect(mayApprove(['counter'])).toBe(false);
    expect(mayApprove(['picker', 'counter'])).toBe(false);
    expect(mayApprove(['supervisor'])).toBe(true);
    expect(mayApprove(['admin'])).toBe(true);
  });
});

describe('C6: counting on the device', () => {
  it('each and case scans of one item add up; lots stay apart; typed quantities replace', () => {
    let lines = addToCount([], { sku: 'S', lot: '', expiry: '', qty: 1 });
    lines = addToCount(lines, { sku: 'S', lot: '', expiry: '', qty: 12 });
    lines = addToCount(lines, { sku: 'S', lot: 'L2', expiry: '2027-01-31', qty: 1 });
    expect(lines).toEqual([line('S', 13), line('S', 1, 'L2', '2027-01-31')]);
    expect(setCountQty(lines, 'S||', 20)).toEqual([
      line('S', 20),
      line('S', 1, 'L2', '2027-01-31'),
    ]);
  });

  it('locations are visited in walking order', () => {
    const rows = [
      { location: 'A-02-1', walkSeq: 30 },
      { location: 'A-01-1', walkSeq: 10 },
      { location: 'A-01-2', walkSeq: 20 },
    ];
    expect(inWalkingOrder(rows).map((r) => r.location)).toEqual(['A-01-1', 'A-01-2', 'A-02-1']);
  });
});
