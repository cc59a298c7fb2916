// Context-aware symbologies (issue #19): each step's expectation narrows the formats, and a
// camera or wedge scan whose symbology cannot carry what the step expects is refused.
import { describe, expect, it } from 'vitest';
import { expectedFormats, unexpectedFormat } from '../../../src/scan/expectation.ts';
import { formatOfSymbology } from '../../../src/scan/symbology-format.ts';

describe('the symbology names a format', () => {
  it.each([
    [']E0', 'ean13'],
    [']E4', 'ean8'],
    [']I0', 'itf'],
    [']I1', 'itf'],
    [']A0', 'code39'],
    [']C1', 'code128'],
    [']C0', 'code128'],
    [']Q3', 'qrcode'],
    [']d2', 'datamatrix'],
    [']e0', 'databar'],
    ['upca', 'upca'],
    ['ean_13', 'ean13'],
    ['UPC-E', 'upce'],
    ['DataBarExpanded', 'databar-expanded'],
  ])('%s → %s', (symbology, format) => {
    expect(formatOfSymbology(symbology)).toBe(format);
  });

  it('nothing known → no narrowing', () => {
    expect(formatOfSymbology(undefined)).toBeUndefined();
    expect(formatOfSymbology(']X0')).toBeUndefined();
    expect(formatOfSymbology('aztec')).toBeUndefined();
  });
});

describe('a step narrows the formats', () => {
  it('a location step decodes only the warehouse code formats', () => {
    expect(expectedFormats(['location'])).toEqual(['code128', 'code39', 'qrcode', 'datamatrix']);
  });

  it('item and location together is the union; no expectation decodes everything', () => {
    const both = expectedFormats(['item', 'location'])!;
    expect(both).toContain('upce');
    expect(both).toContain('code39');
    expect(new Set(both).size).toBe(both.length);
    expect(expectedFormats(null)).toBeUndefined();
  });
});

describe('a scan outside the expectation', () => {
  it.each([
    [']E0', 'camera', 'ean13'],
    [']I0', 'wedge', 'itf'],
    ['upce', 'camera', 'upce'],
    [']e0', 'wedge', 'databar'],
  ] as const)('%s from the %s at a location step is refused as %s', (symbology, source, f) => {
    expect(unexpectedFormat({ symbology, source }, ['location'])).toBe(f);
  });

  it.each([
    [']C1', ['location']],
    [']E0', ['item']],
    ['upca', ['item', 'location']],
    [']d2', ['label']],
  ] as const)('%s at a %j step passes', (symbology, kinds) => {
    expect(unexpectedFormat({ symbology, source: 'wedge' }, kinds)).toBeNull();
  });

  it('typed text, a scan without symbology and a screen without expectation pass', () => {
    expect(unexpectedFormat({ symbology: ']E0', source: 'typed' }, ['location'])).toBeNull();
    expect(unexpectedFormat({ source: 'wedge' }, ['location'])).toBeNull();
    expect(unexpectedFormat({ symbology: ']E0', source: 'wedge' }, null)).toBeNull();
  });
});
