// stock.move rules, shared by device and server.
import { describe, expect, it } from 'vitest';
import { judgeMove, moveOp, movePayloadV1 } from '../../../src/core/ops/move.ts';
import { findOp } from '../../../src/core/ops/registry.ts';

describe('stock.move v1', () => {
  const valid = { sku: 'SKU-1', from: 'A-01-1', to: 'B-02-2', qty: 5 };

  it('fills defaults for lot, expiry and scans', () => {
    expect(movePayloadV1.parse(valid)).toEqual({ ...valid, lot: '', expiry: '', scans: [] });
  });

  it.each([
    [{ ...valid, qty: 0 }, 'qty'],
    [{ ...valid, qty: 2.5 }, 'qty'],
    [{ ...valid, to: 'A-01-1' }, 'to'],
    [{ ...valid, sku: '' }, 'sku'],
    [{ ...valid, from: 'A|1' }, 'from'],
    [{ ...valid, expiry: '31.12.2026' }, 'expiry'],
  ])('rejects %o at %s', (payload, path) => {
    const r = movePayloadV1.safeParse(payload);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('takes qty out of from and puts it into to, same lot and expiry', () => {
    const p = movePayloadV1.parse({ ...valid, lot: 'L1', expiry: '2027-01-31' });
    expect(moveOp.stockDeltas(p)).toEqual([
      { location: 'A-01-1', sku: 'SKU-1', lot: 'L1', expiry: '2027-01-31', delta: -5 },
      { location: 'B-02-2', sku: 'SKU-1', lot: 'L1', expiry: '2027-01-31', delta: 5 },
    ]);
  });

  it('flags a move larger than the book, by how much', () => {
    const p = movePayloadV1.parse(valid);
    expect(judgeMove(p, 5)).toBeNull();
    expect(judgeMove(p, 9)).toBeNull();
    expect(judgeMove(p, 3)).toEqual({ shortBy: 2 });
    expect(judgeMove(p, -2)).toEqual({ shortBy: 5 });
  });

  it('is found in the registry by type and version, and unknowns are told apart', () => {
    expect(findOp('stock.move', 1)).toMatchObject({ ok: true });
    expect(findOp('stock.move', 7)).toEqual({ ok: false, reason: 'unknown-version' });
    expect(findOp('stock.fly', 1)).toEqual({ ok: false, reason: 'unknown-type' });
  });
});
