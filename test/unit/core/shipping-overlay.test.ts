// P15 for cartons: the device's waiting pack ops replayed over the synced cartons, the same
// fold as the server's (open, items merged by lot, close with SSCC; nothing after a close).
import { describe, expect, it } from 'vitest';
import { overlayCartons } from '../../../src/core/shipping/overlay.ts';
import type { Carton } from '../../../src/core/shipping/entities.ts';

const me = { userId: 'u1', deviceId: 'd1' };
const op = (type: string, payload: unknown, at = 1) => ({ type, v: 1, payload, at });
const base: Carton = {
  id: 'C1',
  order: 'SO-1',
  list: 'PL-1',
  packageType: 'box-m',
  cartonNo: 1,
  status: 'open',
  sscc: null,
  weightGrams: null,
  contents: [{ sku: 'A', qty: 1, lot: '', expiry: '' }],
  openedBy: 'u1',
  openedDevice: 'd1',
  closedAt: null,
  loadedRoute: null,
  loadedAt: null,
};

describe('P15: waiting pack ops over synced cartons', () => {
  it('opens, fills (merging the same item and lot) and closes', () => {
    const out = overlayCartons(
      [base],
      [
        op('pack.item', { carton: 'C1', order: 'SO-1', sku: 'A', qty: 2 }),
        op('pack.open', {
          carton: 'C2',
          list: 'PL-1',
          order: 'SO-1',
          packageType: 'bag',
          cartonNo: 2,
        }),
        op('pack.item', { carton: 'C2', order: 'SO-1', sku: 'B', qty: 1, lot: 'L1' }),
        op('pack.close', { carton: 'C1', sscc: '059012340000000018', weightGrams: 1200 }, 7),
        op('pack.item', { carton: 'C1', order: 'SO-1', sku: 'A', qty: 5 }),
      ],
      me,
    );
    const [c1, c2] = out;
    expect(c1).toMatchObject({
      status: 'closed',
      sscc: '059012340000000018',
      weightGrams: 1200,
      closedAt: 7,
      contents: [{ sku: 'A', qty: 3 }],
    });
    expect(c2).toMatchObject({
      status: 'open',
      cartonNo: 2,
      openedDevice: 'd1',
      contents: [{ sku: 'B', qty: 1, lot: 'L1' }],
    });
  });

  it('ignores ops it cannot read and other versions', () => {
    const out = overlayCartons(
      [base],
      [
        op('pack.item', { carton: 'C1' }),
        { ...op('pack.item', { carton: 'C1', order: 'SO-1', sku: 'A', qty: 1 }), v: 2 },
      ],
      me,
    );
    expect(out).toEqual([base]);
  });
});
