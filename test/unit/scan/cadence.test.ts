// The camera's decode cadence (issue #19): tryHarder on the box every 5th frame, a 1D band once a
// cycle, and a longer cycle when tryHarder is slow on this device.
import { describe, expect, it } from 'vitest';
import { bandFormats, DecodeCadence, MIN_PERIOD } from '../../../src/scan/camera/cadence.ts';

const plans = (c: DecodeCadence, n: number, linear = true) =>
  Array.from({ length: n }, () => c.next(linear));

describe('decode cadence', () => {
  it('every 5th frame is tryHarder on the box; the 3rd of each cycle is the 1D band', () => {
    const p = plans(new DecodeCadence(66), 10);
    expect(p.map((x) => (x.tryHarder ? 'H' : x.region === 'band' ? 'B' : '.')).join('')).toBe(
      '..B.H..B.H',
    );
  });

  it('no band when the step expects no 1D format', () => {
    expect(plans(new DecodeCadence(66), 5, false).some((x) => x.region === 'band')).toBe(false);
  });

  it('a fast device keeps the 5-frame cycle', () => {
    const c = new DecodeCadence(66);
    c.took({ region: 'box', tryHarder: true }, 14);
    expect(c.period).toBe(MIN_PERIOD);
  });

  it('a slow device stretches it so tryHarder stays under 30 % of the time', () => {
    const c = new DecodeCadence(66);
    for (let i = 0; i < 10; i++) c.took({ region: 'box', tryHarder: true }, 120);
    expect(c.period).toBeGreaterThanOrEqual(Math.ceil(120 / (0.3 * 66)) - 1);
    expect(c.period).toBeLessThanOrEqual(30);
  });

  it('fast frames do not move the estimate', () => {
    const c = new DecodeCadence(66);
    c.took({ region: 'box', tryHarder: false }, 500);
    expect(c.period).toBe(MIN_PERIOD);
  });

  it('the band decodes only 1D formats', () => {
    expect(bandFormats(['ean13', 'qrcode', 'code128', 'datamatrix'])).toEqual(['ean13', 'code128']);
    expect(bandFormats(undefined)).toContain('itf');
  });
});
