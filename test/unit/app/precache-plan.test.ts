// The precache plan: which built files a device installs with the shell and which wait for a
// group (camera decoders, console), and which roles get the console for offline use.
import { describe, expect, it } from 'vitest';
import { groupOfUrl, groupsForRoles, splitPlan } from '../../../src/pwa/precache-plan.ts';

describe('precache plan', () => {
  it('puts the wasm reader and the decoder workers in the camera group, nothing else', () => {
    expect(groupOfUrl('assets/zxing_reader-Bb9Mx2Pu.wasm')).toBe('camera');
    expect(groupOfUrl('assets/zxing-js.worker-DQ8496yf.js')).toBe('camera');
    expect(groupOfUrl('assets/zxing-wasm.worker-BUPq30at.js')).toBe('camera');
    expect(groupOfUrl('assets/CameraScanner-0IyNud9-.js')).toBeNull();
    expect(groupOfUrl('assets/index-DrUPOSvo.js')).toBeNull();
  });

  it('installs untagged entries with the shell and lists each group by path', () => {
    const { core, groups } = splitPlan([
      'index.html',
      { url: 'assets/index-a.js', revision: null },
      { url: 'assets/x.wasm', revision: null, group: 'camera' },
      { url: 'assets/ConsoleScreen-a.js', revision: null, group: 'console' },
    ]);
    expect(core).toEqual(['index.html', { url: 'assets/index-a.js', revision: null }]);
    expect(groups.get('camera')).toEqual(['/assets/x.wasm']);
    expect(groups.get('console')).toEqual(['/assets/ConsoleScreen-a.js']);
  });

  it('gives the console to office roles only', () => {
    expect(groupsForRoles(['picker', 'receiver', 'counter'])).toEqual(['camera']);
    expect(groupsForRoles(['picker', 'supervisor'])).toEqual(['camera', 'console']);
    expect(groupsForRoles(['admin'])).toEqual(['camera', 'console']);
  });
});
