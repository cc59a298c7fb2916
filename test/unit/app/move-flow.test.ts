// The stock move flow, scan by scan: pure transitions, no screen.
import { describe, expect, it } from 'vitest';
import {
  initialMove,
  movePayload,
  onScan,
  type MoveState,
} from '../../../src/features/moving/move-flow.ts';
import type { Resolved } from '../../../src/scan/resolve-local.ts';
import type { LocalItem } from '../../../src/db/database.ts';

const loc = (
  code: string,
  kind: 'storage' | 'quarantine' | 'dock' | 'outbound' = 'storage',
): Resolved => ({
  kind: 'location',
  location: { code, barcode: code, zone: 'A', kind, walkSeq: 1 },
  text: code,
});
const baseItem: LocalItem = {
  sku: 'S1',
  description: 'Bolt',
  unit: 'EA',
  lotTracked: false,
  expiryTracked: false,
  serialTracked: false,
  unitValue: 1,
  zone: 'A',
  homeLocation: null,
  barcodes: [
    { code: '111', packQty: 1 },
    { code: '222', packQty: 12 },
  ],
  codes: ['111', '222'],
};
const item = (
  qty: number,
  extra: Partial<Extract<Resolved, { kind: 'item' }>> = {},
  it: LocalItem = baseItem,
): Resolved => ({ kind: 'item', item: it, qty, text: 'x', ...extra });

function run(scans: Resolved[]) {
  let s: MoveState = initialMove;
  const outcomes = [];
  for (const r of scans) {
    const o = onScan(s, r);
    outcomes.push(o);
    if (o.kind === 'next') s = o.state;
  }
  return { s, outcomes };
}

describe('move flow', () => {
  it('from, item, item again (case), to: records the summed quantity', () => {
    const { outcomes } = run([loc('A-1'), item(1), item(12), loc('B-2')]);
    const last = outcomes.at(-1)!;
    expect(last.kind).toBe('record');
    if (last.kind !== 'record') return;
    expect(movePayload(last.state, last.to, [])).toMatchObject({
      sku: 'S1',
      from: 'A-1',
      to: 'B-2',
      qty: 13,
    });
  });

  it('rejects an item first, a wrong second item, and the same location as target', () => {
    expect(run([item(1)]).outcomes[0]).toMatchObject({
      kind: 'reject',
      message: 'scan.notLocation',
    });
    const other = { ...baseItem, sku: 'S2' };
    expect(run([loc('A-1'), item(1), item(1, {}, other)]).outcomes[2]).toMatchObject({
      kind: 'reject',
      message: 'scan.wrongItem',
    });
    expect(run([loc('A-1'), item(1), loc('A-1')]).outcomes[2]).toMatchObject({
      kind: 'reject',
      message: 'move.sameLocation',
    });
  });

  it('Q1 out of quarantine is a release; into it and between quarantines is a move', () => {
    expect(run([loc('Q-1', 'quarantine'), item(2), loc('A-1')]).outcomes[2]).toMatchObject({
      kind: 'release',
      to: { code: 'A-1' },
    });
    expect(
      run([loc('Q-1', 'quarantine'), item(2), loc('Q-2', 'quarantine')]).outcomes[2],
    ).toMatchObject({ kind: 'record' });
    expect(run([loc('A-1'), item(2), loc('Q-2', 'quarantine')]).outcomes[2]).toMatchObject({
      kind: 'record',
    });
  });

  it('names unknown and malformed barcodes specifically', () => {
    expect(run([{ kind: 'unknown', text: 'ZZZ' }]).outcomes[0]).toMatchObject({
      kind: 'reject',
      message: 'scan.unknown',
      params: { text: 'ZZZ' },
    });
    const bad: Resolved = {
      kind: 'invalid',
      code: 'CHECK_DIGIT',
      params: { ai: '01', value: '123' },
      text: '0112',
    };
    expect(run([bad]).outcomes[0]).toMatchObject({
      kind: 'reject',
      message: 'barcode.CHECK_DIGIT',
      params: { ai: '01' },
    });
  });

  it('takes lot and expiry from a GS1 label, and insists on them for tracked items', () => {
    const tracked = { ...baseItem, lotTracked: true, expiryTracked: true };
    const withLabel = run([
      loc('A-1'),
      item(1, { lot: 'L7', expiry: '2027-03-31' }, tracked),
      loc('B-2'),
    ]).outcomes.at(-1)!;
    expect(
      withLabel.kind === 'record' && movePayload(withLabel.state, withLabel.to, []),
    ).toMatchObject({ lot: 'L7', expiry: '2027-03-31' });
    expect(run([loc('A-1'), item(1, {}, tracked), loc('B-2')]).outcomes.at(-1)).toMatchObject({
      kind: 'reject',
      message: 'move.needLot',
    });
  });
});
