// Picking in Chromium with a 500-line list on the device: from the wedge's Enter on the item of
// the current line to the next line shown on screen, measured in the page (a MutationObserver
// sees the card change), over the first `lines` lines of the route.
import { ServerProcess } from '../test/helpers/server-process.ts';
import { openPhone } from '../test/helpers/phone.ts';
import { PickPage } from '../test/e2e/pages/pick-page.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { demoItems } from '../server/demo/generate.ts';

export interface PickingFigures {
  listLines: number;
  measured: number;
  scanToNextLineMs: Summary;
  /** The part of it until the pick's op is committed to IndexedDB (the rest is showing it). */
  scanToCommitMs: Summary;
}

const LIST = 'PL-BENCH';

export async function benchPicking(listLines = 500, lines = 100): Promise<PickingFigures> {
  const items = demoItems();
  const each = new Map(items.map((i) => [i.sku, i.barcodes[0]!.code]));
  const server = await ServerProcess.start();
  const login = await server.http.post<{ token: string }>('/api/auth/login', {
    username: 'admin',
    password: 'admin123',
  });
  const res = await server.http
    .withToken(login.body.token)
    .post('/api/admin/warehouses/WH1/pick-lists', [
      {
        number: LIST,
        lines: Array.from({ length: listLines }, (_, i) => {
          const item = items[i % items.length]!;
          return { order: 'SO-BENCH', sku: item.sku, qty: 1, location: item.homeLocation };
        }),
      },
    ]);
  if (res.status !== 200) throw new Error(`import: ${JSON.stringify(res.body)}`);
  const phone = await openPhone(server, 'picker');
  try {
    const pick = new PickPage(phone.app);
    const page = phone.app.page;
    await phone.app.waitForBadge('upToDate', 60_000);
    await pick.openLists();
    await pick.waitListRow(LIST);
    await pick.scanList(LIST);
    const times: number[] = [];
    for (let i = 0; i < lines; i++) {
      await page.waitForSelector('[data-testid=current-line]');
      const card = await page.$('[data-testid=current-line]');
      const location = (await card!.getAttribute('data-location'))!;
      const sku = (await card!.getAttribute('data-sku'))!;
      if ((await card!.getAttribute('data-step')) === 'location') {
        await pick.scan(location);
        await pick.waitLine(location, 'item');
      }
      times.push(
        await page.evaluate(
          (text) =>
            new Promise<number>((resolve) => {
              // No named helpers in here: tsx would wrap them in a __name() the page lacks.
              const sel = '[data-testid=current-line]';
              const before = document.querySelector(sel)?.getAttribute('data-line');
              const obs = new MutationObserver(() => {
                if (document.querySelector(sel)?.getAttribute('data-line') === before) return;
                obs.disconnect();
                resolve(performance.now() - t0);
              });
              obs.observe(document.body, { subtree: true, childList: true, attributes: true });
              const target = document.activeElement ?? document.body;
              const t0 = performance.now();
              for (const key of [...Array.from(text), 'Enter']) {
                target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
                target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
              }
            }),
          each.get(sku)!,
        ),
      );
    }
    const commits = await page.evaluate(() =>
      performance.getEntriesByName('floorsync:scan-commit').map((e) => e.duration),
    );
    return {
      listLines,
      measured: times.length,
      scanToNextLineMs: summarize(times),
      scanToCommitMs: summarize(commits.slice(-lines)),
    };
  } finally {
    await phone.browser.close();
    await server.dispose();
  }
}
