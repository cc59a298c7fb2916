// The putaway screen's scan handling, without a browser: pick what waits at the dock by its item
// (and lot), narrow by dock, refuse wrong targets, cross-dock to outbound.
import { describe, expect, it } from 'vitest';
import type { Location } from '../../../src/core/entities.ts';
import type { TaskView } from '../../../src/features/putaway/putaway-data.ts';
import { onPutawayScan, type PutState } from '../../../src/features/putaway/putaway-flow.ts';
import type { LocalItem } from '../../../src/db/database.ts';

const loc = (code: string, kind: Location['kind']): Location => ({
  code,
  barcode: code,
  kind,
  zone: 'A',
  walkSeq: 1,
});
const bolt = { sku: 'BOLT' } as LocalItem;
const task = (key: string, from: string, lot = '', qty = 5): TaskView => ({
  key,
  from,
  sku: 'BOLT',
  lot,
  expiry: '',
  qty,
  item: bolt,
  suggestion: loc('A-01', 'storage'),
});
const tasks = [task('t1', 'DOCK-1', 'L1'), task('t2', 'DOCK-2', 'L2')];
const s = (over: Partial<PutState> = {}): PutState => ({
  tasks,
  selected: null,
  qty: 5,
  crossDock: false,
  dock: null,
  ...over,
});
const itemScan = (lot?: string) => ({
  kind: 'item' as const,
  item: bolt,
  qty: 1,
  text: 'BOLT',
  lot,
});
const locScan = (code: string, kind: Location['kind']) => ({
  kind: 'location' as const,
  location: loc(code, kind),
  text: code,
});

describe('putaway scans', () => {
  it('an item scan selects what waits at the dock, matching the lot and the dock scanned first', () => {
    expect(onPutawayScan(s(), itemScan())).toMatchObject({ kind: 'select', task: { key: 't1' } });
    expect(onPutawayScan(s(), itemScan('L2'))).toMatchObject({ task: { key: 't2' } });
    expect(onPutawayScan(s({ dock: 'DOCK-2' }), itemScan())).toMatchObject({ task: { key: 't2' } });
    expect(onPutawayScan(s(), locScan('DOCK-2', 'dock'))).toMatchObject({ kind: 'dock' });
    expect(onPutawayScan(s({ tasks: [] }), itemScan())).toMatchObject({
      kind: 'reject',
      message: 'putaway.notAtDock',
    });
  });

  it('the location scanned is where it goes, with the suggestion kept for the record', () => {
    const o = onPutawayScan(s({ selected: tasks[0]!, qty: 3 }), locScan('B-02', 'storage'));
    expect(o).toEqual({
      kind: 'record',
      overDock: false,
      waiting: tasks[0]!.qty,
      facts: {
        sku: 'BOLT',
        from: 'DOCK-1',
        to: 'B-02',
        qty: 3,
        lot: 'L1',
        expiry: '',
        suggested: 'A-01',
        crossDock: false,
      },
    });
    expect(
      onPutawayScan(s({ selected: tasks[0]!, qty: 9 }), locScan('B-02', 'storage')),
    ).toMatchObject({
      overDock: true,
      waiting: tasks[0]!.qty,
    });
  });

  it('refuses a location before the item, quarantine as a target, and storage in cross-dock mode', () => {
    expect(onPutawayScan(s(), locScan('A-01', 'storage'))).toMatchObject({
      message: 'putaway.selectFirst',
    });
    expect(onPutawayScan(s({ selected: tasks[0]! }), locScan('Q-1', 'quarantine'))).toMatchObject({
      message: 'putaway.notTarget',
    });
    expect(
      onPutawayScan(s({ selected: tasks[0]!, crossDock: true }), locScan('A-01', 'storage')),
    ).toMatchObject({ message: 'putaway.notOutbound' });
    expect(
      onPutawayScan(s({ selected: tasks[0]!, qty: 0 }), locScan('A-01', 'storage')),
    ).toMatchObject({
      message: 'qty.invalid',
    });
  });

  it('an outbound location is a cross-dock, with or without the cross-dock switch', () => {
    expect(onPutawayScan(s({ selected: tasks[0]! }), locScan('OUT-1', 'outbound'))).toMatchObject({
      facts: { to: 'OUT-1', crossDock: true },
    });
  });

  it('R12 expired or short-dated goods at the dock go only to quarantine', () => {
    const expired: TaskView = {
      ...task('t3', 'DOCK-1', 'LX', 2),
      expiry: '2025-12-31',
      shelfLife: { kind: 'expired', expiry: '2025-12-31', daysLeft: -337 },
      suggestion: loc('Q-1', 'quarantine'),
    };
    expect(onPutawayScan(s({ selected: expired, qty: 2 }), locScan('A-01', 'storage'))).toEqual({
      kind: 'reject',
      message: 'goods.notPickFace',
      params: { sku: 'BOLT', lot: 'LX' },
    });
    expect(
      onPutawayScan(s({ selected: expired, qty: 2 }), locScan('OUT-1', 'outbound')),
    ).toMatchObject({ kind: 'reject', message: 'goods.notPickFace' });
    expect(
      onPutawayScan(s({ selected: expired, qty: 2 }), locScan('Q-1', 'quarantine')),
    ).toMatchObject({ kind: 'record', facts: { to: 'Q-1', lot: 'LX', expiry: '2025-12-31' } });
  });
});
