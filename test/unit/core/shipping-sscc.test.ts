// S1–S2: SSCCs and the serial ranges devices take them from offline.
import { describe, expect, it } from 'vitest';
import {
  isSscc,
  makeSscc,
  maxSerial,
  serialOf,
  spacedSscc,
} from '../../../src/core/shipping/sscc.ts';
import {
  afterRestore,
  allocate,
  freeSerials,
  nextSerial,
  overlaps,
  rangesWanted,
} from '../../../src/core/shipping/serial-ranges.ts';

const s = { extensionDigit: 3, companyPrefix: '0614141' };

describe('S1 SSCC', () => {
  it('is extension + prefix + serial + the GS1 check digit (GS1 General Specifications example)', () => {
    // The GS1 example SSCC (00) 106141411234567897.
    expect(makeSscc({ extensionDigit: 1, companyPrefix: '0614141' }, 123456789)).toBe(
      '106141411234567897',
    );
  });

  it('pads the serial reference to the digits the prefix leaves', () => {
    const code = makeSscc(s, 42);
    expect(code).toHaveLength(18);
    expect(code.slice(0, 8)).toBe('30614141');
    expect(code.slice(8, 17)).toBe('000000042');
    expect(isSscc(code)).toBe(true);
    expect(serialOf(s, code)).toBe(42);
  });

  it('refuses serials the prefix has no room for, and bad settings', () => {
    expect(maxSerial('0614141')).toBe(999_999_999);
    expect(() => makeSscc(s, 1_000_000_000)).toThrow();
    expect(() => makeSscc(s, -1)).toThrow();
    expect(() => makeSscc({ extensionDigit: 10, companyPrefix: '0614141' }, 1)).toThrow();
    expect(() => makeSscc({ extensionDigit: 1, companyPrefix: '12345' }, 1)).toThrow();
  });

  it('catches a mistyped digit and another company', () => {
    const code = makeSscc(s, 7);
    const bad = code.slice(0, 10) + String((Number(code[10]) + 1) % 10) + code.slice(11);
    expect(isSscc(bad)).toBe(false);
    expect(serialOf({ extensionDigit: 3, companyPrefix: '9501234' }, code)).toBeNull();
  });

  it('is grouped for people as extension, prefix, serial, check', () => {
    expect(spacedSscc('106141411234567897', '0614141')).toBe('1 0614141 123456789 7');
  });
});

describe('S2 serial ranges', () => {
  it('takes the first unused serial, oldest range first', () => {
    const ranges = [
      { start: 200, end: 201 },
      { start: 100, end: 101 },
    ];
    expect(nextSerial(ranges, new Set())).toBe(100);
    expect(nextSerial(ranges, new Set([100, 101]))).toBe(200);
    expect(nextSerial(ranges, new Set([100, 101, 200, 201]))).toBeNull();
    expect(freeSerials(ranges, new Set([100, 200]))).toBe(2);
  });

  it('asks for enough ranges to cover a shift', () => {
    expect(rangesWanted(300, 300, 100)).toBe(0);
    expect(rangesWanted(250, 300, 100)).toBe(1);
    expect(rangesWanted(0, 300, 100)).toBe(3);
  });

  it('allocates from the high-water mark and stops at the end of the space', () => {
    expect(allocate(1, 100, 1000)).toEqual({ range: { start: 1, end: 100 }, next: 101 });
    expect(allocate(950, 100, 1000)).toBeNull();
  });

  it('never hands out a serial again after a restore within the gap', () => {
    // Before the restore: ranges up to 5,000 were handed out; the backup knew only up to 1,000.
    const before = [{ start: 1, end: 5000 }];
    const next = afterRestore(1001, 1_000_000, []);
    const again = allocate(next, 100, 999_999_999)!;
    expect(before.some((r) => overlaps(r, again.range))).toBe(false);
    // A device that re-declares a range beyond the gap lifts the mark above it.
    expect(afterRestore(1001, 10, [7000])).toBe(7001);
  });
});
