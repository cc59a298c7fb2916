// The wedge state machine: bursts with a suffix are scans, typing is not.
import { describe, expect, it } from 'vitest';
import { WedgeMachine, type WedgeStep } from '../../../src/scan/wedge/wedge-machine.ts';

/** Feeds `text` with `gap` ms between characters, then `suffix` after `suffixGap` ms. */
function type(
  m: WedgeMachine,
  text: string,
  gap: number,
  suffix: 'Enter' | 'Tab' = 'Enter',
  suffixGap = gap,
  start = 1000,
): WedgeStep {
  let at = start;
  for (const ch of text) {
    m.feed({ kind: 'char', ch, at });
    at += gap;
  }
  return m.feed({ kind: 'suffix', key: suffix, at: at - gap + suffixGap });
}

describe('wedge machine', () => {
  it.each([0, 5, 20, 60])('a burst %i ms apart ending with Enter is one scan', (gap) => {
    const step = type(new WedgeMachine(), '5901234123457', gap);
    expect(step.kind).toBe('scan');
    if (step.kind !== 'scan') return;
    expect(step.burst.raw).toBe('5901234123457');
    expect(step.burst.suffix).toBe('Enter');
    expect(step.burst.gaps).toHaveLength(13);
    expect(step.burst.gaps.every((g) => g === gap)).toBe(true);
  });

  it('a Tab suffix ends a scan too', () => {
    const step = type(new WedgeMachine(), 'A-01-1', 10, 'Tab');
    expect(step).toMatchObject({ kind: 'scan', burst: { raw: 'A-01-1', suffix: 'Tab' } });
  });

  it.each([100, 150, 200])('typing %i ms apart is not a scan', (gap) => {
    expect(type(new WedgeMachine(), '5901234123457', gap).kind).toBe('pass');
  });

  it('a slow Enter after a fast burst is the person pressing Enter', () => {
    expect(type(new WedgeMachine(), 'A-01-1', 10, 'Enter', 400).kind).toBe('pass');
  });

  it('too short a burst is not a scan', () => {
    expect(type(new WedgeMachine(), 'ab', 5).kind).toBe('pass');
  });

  it('a pause starts a new burst: only the fast tail is the scan', () => {
    const m = new WedgeMachine();
    m.feed({ kind: 'char', ch: 'x', at: 0 });
    m.feed({ kind: 'char', ch: 'y', at: 300 });
    const step = type(m, 'B-02-1', 8, 'Enter', 8, 900);
    expect(step).toMatchObject({ kind: 'scan', burst: { raw: 'B-02-1', startedAt: 900 } });
  });

  it('a fresh burst is reported so the caller can note the field it started in', () => {
    const m = new WedgeMachine();
    expect(m.feed({ kind: 'char', ch: 'a', at: 0 })).toEqual({ kind: 'char', fresh: true });
    expect(m.feed({ kind: 'char', ch: 'b', at: 10 })).toEqual({ kind: 'char', fresh: false });
    expect(m.feed({ kind: 'char', ch: 'c', at: 500 })).toEqual({ kind: 'char', fresh: true });
  });

  it('characters that arrive together (an input method commit) are a burst', () => {
    const step = type(new WedgeMachine(), '0109501101530003', 0);
    expect(step.kind).toBe('scan');
  });

  it('two scans in a row are two scans', () => {
    const m = new WedgeMachine();
    expect(type(m, 'A-01-1', 5, 'Enter', 5, 0).kind).toBe('scan');
    expect(type(m, 'A-01-2', 5, 'Enter', 5, 40)).toMatchObject({ burst: { raw: 'A-01-2' } });
  });

  it('honours its timing options', () => {
    const m = new WedgeMachine({ maxGapMs: 20, minLength: 8 });
    expect(type(m, '12345678', 30).kind).toBe('pass');
    expect(type(m, '1234567', 5).kind).toBe('pass');
    expect(type(m, '12345678', 5).kind).toBe('scan');
  });

  it('text from the input method just before a burst of keys is not part of the scan', () => {
    const m = new WedgeMachine();
    for (const ch of 'LOT-B') m.feed({ kind: 'char', ch, at: 1000, via: 'input' });
    const step = type(m, 'B-02-1', 5, 'Enter', 5, 1010);
    expect(step).toMatchObject({ kind: 'scan', burst: { raw: 'B-02-1', startedAt: 1010 } });
  });

  it('a key just before an input-method commit is not part of it either', () => {
    const m = new WedgeMachine();
    m.feed({ kind: 'char', ch: '7', at: 1000, via: 'key' });
    expect(m.feed({ kind: 'char', ch: 'A', at: 1002, via: 'input' })).toEqual({
      kind: 'char',
      fresh: true,
    });
  });
});
