// The scanner self-test's advice: which scanner setting to change for what arrived.
import { describe, expect, it } from 'vitest';
import { adviseKeys, adviseScan } from '../../../src/features/scanner-test/diagnose.ts';
import { describeKey, visibleText } from '../../../src/features/scanner-test/visible.ts';
import type { ScanEvent } from '../../../src/scan/scanner.ts';
import type { KeySeen } from '../../../src/features/scanner-test/visible.ts';

const GS = '\u001d';
const now = new Date('2026-03-01T00:00:00Z');

const wedge = (
  text: string,
  over: Partial<NonNullable<ScanEvent['wedge']>> = {},
  symbology?: string,
): ScanEvent => ({
  text,
  source: 'wedge',
  at: 0,
  ...(symbology ? { symbology } : {}),
  wedge: {
    raw: text,
    gaps: [5, 5, 5, 5],
    suffix: 'Enter',
    startedAt: 0,
    endedAt: 20,
    gs: [],
    via: 'keys',
    ...over,
  },
});
const keys = (text: string, gap: number, suffix = false): KeySeen[] => [
  ...Array.from(text, (ch, i) => ({
    label: ch,
    at: i * gap,
    gap: i ? gap : null,
    kind: 'char' as const,
  })),
  ...(suffix ? [{ label: '⟨Enter⟩', at: text.length * gap, gap, kind: 'suffix' as const }] : []),
];
const codes = (a: { key: string }[]) => a.map((x) => x.key.split('.').at(-1));

describe('self-test advice', () => {
  it('a well set-up scanner gets none', () => {
    expect(adviseScan(wedge(`0109501101530003${GS}10AB`, { gs: ['control'] }, ']C1'), now)).toEqual(
      [],
    );
    expect(adviseScan(wedge('A-01-1'), now)).toEqual([]);
  });

  it('GS1 content without an AIM prefix: turn the prefix on', () => {
    expect(codes(adviseScan(wedge(`0109501101530003${GS}10AB`), now))).toEqual(['noAim']);
  });

  it('GS as text works but a control character is safer', () => {
    expect(
      codes(adviseScan(wedge(`0109501101530003${GS}10AB`, { gs: ['angle'] }, ']C1'), now)),
    ).toEqual(['gsText']);
  });

  it('a GS1 label whose variable field runs on: turn GS transmission on', () => {
    // (10) would swallow the (17) that follows without a GS.
    const advice = codes(
      adviseScan(wedge('010950110153000310AB-123456789012345678901727033'), now),
    );
    expect(advice).toContain('noGs');
  });

  it('Tab suffix, input-method text and slow keys are named', () => {
    expect(codes(adviseScan(wedge('A-01-1', { suffix: 'Tab' }), now))).toEqual(['tabSuffix']);
    expect(codes(adviseScan(wedge('A-01-1', { via: 'input' }), now))).toEqual(['input']);
    expect(codes(adviseScan(wedge('A-01-1', { gaps: [45, 50, 55, 40, 5] }), now))).toEqual([
      'slow',
    ]);
  });

  it('keys that made no scan: too slow, or no suffix', () => {
    expect(codes(adviseKeys(keys('A-01-1', 150)))).toEqual(['slow', 'noSuffix']);
    expect(codes(adviseKeys(keys('A-01-1', 5)))).toEqual(['noSuffix']);
    expect(codes(adviseKeys(keys('A-01-1', 150, true)))).toEqual(['slow']);
    expect(adviseKeys(keys('ab', 150))).toEqual([]);
  });

  it('typed entry is said to be typed', () => {
    expect(codes(adviseScan({ text: 'X', source: 'typed', at: 0 }, now))).toEqual(['typed']);
  });
});

describe('visible characters', () => {
  it('names control characters', () => {
    expect(visibleText(`01${GS}10\t\r`)).toBe('01⟨GS⟩10⟨TAB⟩⟨CR⟩');
    expect(visibleText('\u0001')).toBe('⟨01⟩');
  });

  it('describes the keys scanners send for GS and the Android 229 key', () => {
    expect(describeKey({ key: 'F8' })?.label).toBe('⟨GS⟩ F8');
    expect(describeKey({ key: ']', ctrlKey: true })?.label).toBe('⟨GS⟩ Ctrl+]');
    expect(describeKey({ key: 'Unidentified', keyCode: 229 })?.kind).toBe('input');
    expect(describeKey({ key: 'Shift' })).toBeNull();
  });
});
