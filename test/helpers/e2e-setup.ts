// For every end-to-end test that fails: a screenshot of each open simulated phone, saved under
// test-results/, so a red CI run shows what the worker would have seen.
import { mkdirSync } from 'node:fs';
import { afterEach } from 'vitest';
import { openBrowsers } from './device-browser.ts';

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  mkdirSync('test-results', { recursive: true });
  let n = 0;
  for (const b of openBrowsers) {
    for (const page of b.context.pages()) {
      const file = `test-results/${ctx.task.name.replace(/[^\w-]+/g, '_').slice(0, 80)}-${n++}.png`;
      await page.screenshot({ path: file }).catch(() => undefined);
      console.warn(`screenshot of a failed test: ${file} (${page.url()})`);
    }
  }
});
