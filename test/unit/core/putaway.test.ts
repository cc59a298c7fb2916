// Putaway rules shared by device and server: the move out of the dock, what waits at the docks,
// and where to suggest putting it.
import { describe, expect, it } from 'vitest';
import type { Location, Stock } from '../../../src/core/entities.ts';
import { putawayOp, putawayPayloadV1 } from '../../../src/core/ops/receiving-putaway.ts';
import {
  isPutawayTarget,
  putawayTasks,
  suggestLocation,
} from '../../../src/core/receiving/putaway.ts';

const loc = (code: string, kind: Location['kind'], zone: string, walkSeq: number): Location => ({
  code,
  barcode: code,
  kind,
  zone,
  walkSeq,
});
const locations = [
  loc('DOCK-2', 'dock', 'DOCK', 2),
  loc('DOCK-1', 'dock', 'DOCK', 1),
  loc('A-01', 'storage', 'A', 10),
  loc('A-02', 'storage', 'A', 11),
  loc('B-01', 'storage', 'B', 20),
  loc('OUT-1', 'outbound', 'OUT', 90),
  loc('QUAR-1', 'quarantine', 'Q', 95),
];
const stock = (location: string, sku: string, qty: number, lot = ''): Stock => ({
  key: `${location}|${sku}|${lot}|`,
  location,
  sku,
  lot,
  expiry: '',
  qty,
});

describe('putaway.move v1', () => {
  it('takes qty out of the dock and puts it into the scanned location', () => {
    const p = putawayPayloadV1.parse({ sku: 'S', from: 'DOCK-1', to: 'A-01', qty: 3, lot: 'L' });
    expect(p).toMatchObject({ suggested: null, crossDock: false, expiry: '' });
    expect(putawayOp.stockDeltas(p)).toEqual([
      { location: 'DOCK-1', sku: 'S', lot: 'L', expiry: '', delta: -3 },
      { location: 'A-01', sku: 'S', lot: 'L', expiry: '', delta: 3 },
    ]);
    expect(putawayPayloadV1.safeParse({ sku: 'S', from: 'A-01', to: 'A-01', qty: 1 }).success).toBe(
      false,
    );
  });
});

describe('what waits at the docks', () => {
  it('lists positive dock stock in the docks walking order, nothing from storage or quarantine', () => {
    const docks = locations.filter((l) => l.kind === 'dock');
    const tasks = putawayTasks(docks, [
      stock('DOCK-2', 'S1', 4),
      stock('DOCK-1', 'S2', 2),
      stock('DOCK-1', 'S1', 0),
      stock('DOCK-1', 'S1', -1),
      stock('A-01', 'S1', 9),
      stock('QUAR-1', 'S3', 1),
    ]);
    expect(tasks.map((t) => [t.from, t.sku, t.qty])).toEqual([
      ['DOCK-1', 'S2', 2],
      ['DOCK-2', 'S1', 4],
    ]);
  });
});

describe('suggesting a location', () => {
  it('suggests the home location first, even when it holds stock', () => {
    expect(
      suggestLocation({ homeLocation: 'B-01', zone: 'A' }, locations, new Set(['B-01']))?.code,
    ).toBe('B-01');
  });

  it('else the first empty storage location of the item zone, in walking order', () => {
    expect(
      suggestLocation({ homeLocation: null, zone: 'A' }, locations, new Set(['A-01']))?.code,
    ).toBe('A-02');
  });

  it('else any empty storage location; null when there is none', () => {
    expect(
      suggestLocation({ homeLocation: null, zone: 'A' }, locations, new Set(['A-01', 'A-02']))
        ?.code,
    ).toBe('B-01');
    expect(
      suggestLocation(
        { homeLocation: null, zone: null },
        locations,
        new Set(['A-01', 'A-02', 'B-01']),
      ),
    ).toBeNull();
  });

  it('a home location that is not storage is not suggested', () => {
    expect(suggestLocation({ homeLocation: 'DOCK-1', zone: 'B' }, locations, new Set())?.code).toBe(
      'B-01',
    );
  });

  it('cross-dock suggests an outbound location; only storage and outbound are putaway targets', () => {
    expect(
      suggestLocation({ homeLocation: 'A-01', zone: 'A' }, locations, new Set(), true)?.code,
    ).toBe('OUT-1');
    expect(locations.filter(isPutawayTarget).map((l) => l.code)).toEqual([
      'A-01',
      'A-02',
      'B-01',
      'OUT-1',
    ]);
  });
});
