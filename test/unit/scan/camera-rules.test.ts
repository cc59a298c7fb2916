// Camera rules without a camera: repeat suppression, the region of interest, and which message
// a getUserMedia failure gets.
import { describe, expect, it } from 'vitest';
import { cameraProblem } from '../../../src/scan/camera/camera-errors.ts';
import { bandOf, regionOf } from '../../../src/scan/camera/region.ts';
import { RepeatFilter } from '../../../src/scan/camera/repeat-filter.ts';

describe('repeat filter', () => {
  it('takes a code once while it stays in view, again after it was away', () => {
    const f = new RepeatFilter(1500);
    expect(f.accept('A', 0)).toBe(true);
    expect(f.accept('A', 100)).toBe(false);
    expect(f.accept('A', 1400)).toBe(false); // each read pushes the window on
    expect(f.accept('A', 3000)).toBe(true);
  });

  it('takes a different code at once', () => {
    const f = new RepeatFilter(1500);
    expect(f.accept('A', 0)).toBe(true);
    expect(f.accept('B', 10)).toBe(true);
    expect(f.accept('A', 20)).toBe(true);
  });
});

describe('region of interest', () => {
  it('is the centred 80 % wide box, grown to 500 px tall at 1280x720 (zxing-cpp downscales)', () => {
    expect(regionOf(1280, 720)).toEqual({ x: 128, y: 110, width: 1024, height: 500 });
  });

  it('fits a portrait track: 80 % x 60 % already has a 576 px short side', () => {
    expect(regionOf(720, 1280)).toEqual({ x: 72, y: 256, width: 576, height: 768 });
  });

  it('stays 80 % x 60 % where growing would take most of a small frame', () => {
    expect(regionOf(640, 480)).toEqual({ x: 64, y: 96, width: 512, height: 288 });
  });

  it('the 1D band is nearly full width and shallow', () => {
    expect(bandOf(1280, 720)).toEqual({ x: 26, y: 252, width: 1229, height: 216 });
  });
});

describe('camera problems', () => {
  it.each([
    ['NotAllowedError', 'denied'],
    ['SecurityError', 'denied'],
    ['NotFoundError', 'none'],
    ['OverconstrainedError', 'none'],
    ['NotReadableError', 'busy'],
    ['TypeError', 'unsupported'],
    ['SomethingElse', 'failed'],
  ])('%s → %s', (name, problem) => {
    expect(cameraProblem(new DOMException('x', name))).toBe(problem);
  });

  it('anything thrown gets a kind', () => {
    expect(cameraProblem(null)).toBe('failed');
    expect(cameraProblem('boom')).toBe('failed');
  });
});
