// The fallback's UPC-E reader never invents a read (issue #19): on every PNG/JPEG of the shared
// corpus (read in place, never copied), at 0° and 180°, fast and tryHarder, the fallback engine
// reports no UPC-E on an image without one, and every UPC-E it reports is the right one. By
// default the sets where the old reader invented or misread (under a minute on 2 cores);
// FB_SETS=upca,datamatrix,... widens it (the whole corpus takes over ten minutes).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackReads } from '../../../bench/decode/fallback-reads.ts';

const CORPUS =
  process.env.FLOORSYNC_CORPUS ?? join(import.meta.dirname, '../../../../shared/corpus');
const here = existsSync(join(CORPUS, 'manifest.json'));
const SETS = process.env.FB_SETS?.split(',') ?? ['upce/', 'ean13/quagga2'];

describe.skipIf(!here)('fallback UPC-E reader on the corpus', () => {
  it('invents no UPC-E and misreads none', { timeout: 900_000 }, async () => {
    const r = await fallbackReads(CORPUS, SETS);
    const out = process.env.FB_OUT;
    if (out)
      writeFileSync(
        out,
        `${JSON.stringify({ measuredAt: new Date(), sets: SETS, ...r }, null, 2)}\n`,
      );
    for (const [format, t] of Object.entries(r.byFormat)) {
      expect(t.upceInvented, format).toBe(0);
    }
    expect(r.byFormat.upce?.wrong ?? 0).toBe(0);
  });
});
