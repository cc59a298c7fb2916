// Pull cursors round-trip, and anything unreadable means "start over" (P12).
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, type Cursor } from '../../../server/sync/cursor.ts';

describe('pull cursor', () => {
  it.each<Cursor>([
    { kind: 'incremental', epoch: 'e1', version: 0 },
    { kind: 'incremental', epoch: 'e1', version: 123456 },
    { kind: 'snapshot', epoch: 'e1', version: 9, total: 100, done: 0, after: null },
    {
      kind: 'snapshot',
      epoch: 'e1',
      version: 9,
      total: 100,
      done: 50,
      after: ['stock', 'A-01-1|SKU 1|L.1|2027-01-01'],
    },
  ])('round-trips %o', (c) => {
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
  });

  it.each([
    null,
    '',
    'nonsense',
    'e1.x5',
    'e1.v-1',
    'e1.v1.5',
    'e1.s5.1',
    'e1.s5.1.0.@@@',
    'e1.s5.a.b.',
  ])('reads %o as no cursor', (s) => {
    expect(decodeCursor(s)).toBeNull();
  });
});
