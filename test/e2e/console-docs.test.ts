// The console's document screens end to end: the built PWA against the real server process in
// real Chromium, driven with real key events. The floor's work comes over the sync protocol
// (a receiver with a damage photo who asks to close short, a counter and a recounter who leave
// a difference for approval, a picker who scans one line 12 times and sends a refused move).
// A supervisor closes the receipt short from the Receipts tab (refused without a reason, then
// typed), sees the photo, follows a count difference to the exceptions queue, filters the op log
// to refused ops, and reads labour as lines, not scans. DOCS_SCREENSHOTS=1 saves every new
// screen at 390×844 and 1366×768 in English and Chinese.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { serverStore } from '../helpers/phone.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { bookAt, count, recountTasksAt } from '../helpers/counting.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';
import { PASSWORDS } from './pages/app-page.ts';
import type { Store } from '../../server/store/store.ts';
import { AppPage } from './pages/app-page.ts';
import { ConsolePage } from './pages/console-page.ts';

const VIEWS = [
  [390, 844, 'phone'],
  [1366, 768, 'desktop'],
] as const;

/**
 * On a phone and a desktop the screen fits the width (nothing to scroll sideways but a chart);
 * with DOCS_SCREENSHOTS=1 it is saved as docs/screenshots/console-<name>[-zh]-<phone|desktop>.png.
 */
async function shoot(con: ConsolePage, name: string, ready: string): Promise<void> {
  const lang = await con.page.evaluate(() => document.documentElement.lang || 'en');
  for (const [width, height, tag] of VIEWS) {
    await con.page.setViewportSize({ width, height });
    await con.page.waitForSelector(ready);
    const { wide, culprits } = await con.page.evaluate(() => {
      const w = document.documentElement.clientWidth;
      // The innermost elements that stick out, to say what to fix.
      const out = [...document.querySelectorAll('body *')].filter(
        (e) =>
          e.getBoundingClientRect().right > w + 1 &&
          !e.parentElement?.closest('.console-tabs, .console-scroll, .chart-scroll') &&
          ![...e.children].some((c) => c.getBoundingClientRect().right > w + 1),
      );
      return {
        wide: document.documentElement.scrollWidth - w,
        culprits: out.slice(0, 4).map((e) => `${e.tagName}.${e.className}`),
      };
    });
    expect(
      wide,
      `${name} ${tag} ${lang} scrolls sideways: ${culprits.join(' ')}`,
    ).toBeLessThanOrEqual(0);
    if (!process.env['DOCS_SCREENSHOTS']) continue;
    const suffix = lang.startsWith('zh') ? `-zh-${tag}` : `-${tag}`;
    await con.page.screenshot({
      path: resolve(import.meta.dirname, `../../docs/screenshots/console-${name}${suffix}.png`),
      fullPage: true,
    });
  }
  await con.page.setViewportSize({ width: 1366, height: 768 });
}

describe.runIf(requireChromium())('console documents', () => {
  let server: ServerProcess;
  let desk: DeviceBrowser;
  let con: ConsolePage;
  let store: Store;

  const device = async (username: string) => {
    const creds = newDeviceCredentials();
    const login = await server.http.post<{ token: string; user: { id: string } }>(
      '/api/auth/login',
      { username, password: PASSWORDS[username], ...creds },
    );
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const dev = new SimDevice(
      server.http.withToken(login.body.token, creds.deviceId),
      'WH1',
      login.body.user.id,
    );
    await dev.pullAll();
    return dev;
  };
  const applied = async (dev: SimDevice, ops: Parameters<SimDevice['push']>[0]) => {
    const res = await dev.push(ops);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results;
  };

  beforeAll(async () => {
    server = await ServerProcess.start();
    store = serverStore(server);
    desk = await DeviceBrowser.launch();
    const page = await desk.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = new AppPage(page, server.url);
    await app.open();
    // A real JPEG of a crushed box, drawn by the browser, as a phone's camera would send it.
    const photo = await page.evaluate(() => {
      const c = document.createElement('canvas');
      c.width = 320;
      c.height = 240;
      const g = c.getContext('2d')!;
      g.fillStyle = '#c8a26b';
      g.fillRect(0, 0, 320, 240);
      g.strokeStyle = '#5a3d1a';
      g.lineWidth = 10;
      g.beginPath();
      g.moveTo(30, 30);
      g.lineTo(160, 120);
      g.lineTo(110, 210);
      g.stroke();
      return c.toDataURL('image/jpeg', 0.7);
    });

    const admin = await device('admin');
    const imported = await admin.http.post('/api/admin/warehouses/WH1/receipts', [
      {
        number: 'PO-E2E',
        supplier: 'Acme Foods',
        dueDate: '2026-12-04',
        type: 'purchase',
        tolerancePct: 0,
        lines: [
          { sku: 'SKU-10001', qty: 10 },
          { sku: 'SKU-10002', qty: 5 },
        ],
      },
    ]);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const lists = await admin.http.post('/api/admin/warehouses/WH1/pick-lists', [
      {
        number: 'PL-E2E',
        lines: [{ order: 'SO-E2E', sku: 'SKU-10050', qty: 12, location: 'R-01' }],
      },
    ]);
    expect(lists.status, JSON.stringify(lists.body)).toBe(200);

    const rcv = await device('receiver');
    const delivery = crypto.randomUUID();
    const base = { receipt: 'PO-E2E', delivery, lot: '', expiry: '', serials: [], note: '' };
    await applied(rcv, [
      rcv.op('receive.item', {
        ...base,
        line: 1,
        sku: 'SKU-10001',
        qty: 4,
        condition: 'good',
        location: 'DOCK-1',
        reason: null,
        photo: null,
      }),
      rcv.op('receive.item', {
        ...base,
        line: 2,
        sku: 'SKU-10002',
        qty: 1,
        condition: 'damaged',
        location: 'QUAR-1',
        reason: 'crushed',
        photo,
      }),
      rcv.op('receive.finish', { receipt: 'PO-E2E', delivery, askCloseShort: 'truck was short' }),
    ]);

    const sup = await device('supervisor');
    const task = await sup.http.post('/api/supervisor/warehouses/WH1/count-tasks', {
      id: 'CT-E2E',
      locations: ['C-04-1', 'C-06-2'],
    });
    expect(task.status, JSON.stringify(task.body)).toBe(200);
    const [first, ...rest] = await bookAt(store, 'C-04-1');
    const off = [{ ...first!, qty: first!.qty - 3 }, ...rest];
    const chen = await device('counter');
    await applied(chen, [count(chen, 'CT-E2E', 'C-04-1', off)]);
    const [rc] = await recountTasksAt(store, 'C-04-1');
    const li = await device('picker2');
    await applied(li, [count(li, rc!.id, 'C-04-1', off)]);

    const pat = await device('picker');
    const claim = pat.op('pick.claim', { list: 'PL-E2E' });
    const scans = Array.from({ length: 12 }, () =>
      pat.op('pick.line', {
        list: 'PL-E2E',
        line: 1,
        sku: 'SKU-10050',
        location: 'R-01',
        qty: 1,
        lot: '',
        expiry: '',
        tote: null,
      }),
    );
    const refused = pat.move({ sku: 'NO-SUCH-SKU', from: 'A-01-1', to: 'A-01-2', qty: 1 });
    const results = await applied(pat, [claim, ...scans, refused]);
    expect(results.at(-1)?.status).toBe('rejected');

    await app.signIn('supervisor');
    await page.waitForSelector('[data-testid=tile-console]', { timeout: 60_000 });
    con = new ConsolePage(app);
    await con.open('receipts');
  });
  afterAll(async () => {
    await store.close();
    await desk.close();
    await server.dispose();
  });

  const openReceipt = async (n: string) => {
    const row = `[data-testid=receipt-row][data-number="${n}"]`;
    await con.page.waitForSelector(row);
    if (!(await con.page.$('[data-testid=receipt-detail]'))) {
      await con.page.focus(`${row} [data-testid=receipt-open]`);
      await con.page.keyboard.press('Enter');
    }
    await con.page.waitForSelector('[data-testid=receipt-effect]');
  };
  const photoShown = () =>
    con.page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid=receipt-photos] img');
      return !!img && img.complete && img.naturalWidth > 0;
    });
  const openTask = async (id: string) => {
    const row = `[data-testid=counttask-row][data-id="${id}"]`;
    await con.page.waitForSelector(row);
    if (!(await con.page.$('[data-testid=counttask-detail]'))) {
      await con.page.focus(`${row} [data-testid=counttask-open]`);
      await con.page.keyboard.press('Enter');
    }
    await con.page.waitForSelector('[data-testid=counttask-variance-list] li');
  };
  const shootAll = async () => {
    await con.tab('receipts');
    await openReceipt('PO-E2E');
    await photoShown();
    await shoot(con, 'receipts', '[data-testid=receipt-photos] img');
    await con.tab('counts');
    await openTask('CT-E2E');
    await shoot(con, 'counttasks', '[data-testid=counttask-variance-list] li');
    await con.tab('oplog');
    await con.page.waitForSelector('[data-testid=oplog-row]');
    await shoot(con, 'oplog', '[data-testid=oplog-row]');
    await con.tab('progress');
    await con.page.waitForSelector('[data-testid=labour-row]');
    await shoot(con, 'progress', '[data-testid=labour-row]');
  };

  it('the receipts tab shows progress, damage, the dock request and the photo', async () => {
    const row = '[data-testid=receipt-row][data-number="PO-E2E"]';
    await con.page.waitForSelector(row);
    expect(await con.page.textContent(`${row} [data-testid=receipt-progress]`)).toMatch(
      /5 \/ 15 units.*1 unit damaged/,
    );
    expect(await con.page.textContent(`${row} [data-testid=receipt-attention]`)).toContain(
      'The dock asks to close it short: truck was short',
    );
    await openReceipt('PO-E2E');
    await photoShown();
    expect(await con.page.textContent('[data-testid=receipt-effect]')).toContain(
      'SKU-10001 4 of 10, SKU-10002 1 of 5',
    );
  });

  it('every new screen is shot in English and Chinese; Chinese words on every screen', async () => {
    await shootAll();
    await con.language('zh-CN', 'receipts');
    await openReceipt('PO-E2E');
    expect(await con.page.textContent('[data-testid=receipt-effect]')).toContain('关闭收货单');
    expect(
      await con.page.textContent('[data-testid=receipt-row] [data-testid=receipt-progress]'),
    ).toContain('件');
    await shootAll();
    expect(await con.page.textContent('[data-testid=labour]')).toContain('拣货');
    await con.language('en', 'receipts');
  });

  it('closes the receipt short: refused without a reason, then done with a typed one', async () => {
    await openReceipt('PO-E2E');
    await con.page.focus('[data-testid=receipt-confirm]');
    await con.page.keyboard.press('Enter');
    await con.page.waitForSelector('#receipt-reason-err');
    const still = await store.db
      .selectFrom('receipts')
      .select('status')
      .where('number', '=', 'PO-E2E')
      .executeTakeFirstOrThrow();
    expect(still.status).toBe('open');
    await con.page.focus('[data-testid=receipt-reason]');
    await con.page.keyboard.type('supplier confirmed the rest is not coming', { delay: 70 });
    await con.page.focus('[data-testid=receipt-confirm]');
    await con.page.keyboard.press('Enter');
    // Closed: it leaves the open list (the console hears of the change and reloads it).
    await con.page.waitForSelector('[data-testid=receipt-row][data-number="PO-E2E"]', {
      state: 'detached',
    });
    const r = await store.db
      .selectFrom('receipts')
      .select(['status', 'closed_reason'])
      .where('number', '=', 'PO-E2E')
      .executeTakeFirstOrThrow();
    expect(r).toEqual({
      status: 'closed',
      closed_reason: 'supplier confirmed the rest is not coming',
    });
    const xs = await store.db
      .selectFrom('exceptions')
      .select(['kind', 'status', 'resolution'])
      .where('ref', '=', 'PO-E2E')
      .where('kind', 'in', ['receive.close_requested', 'receive.short'])
      .orderBy('kind')
      .execute();
    expect(xs).toEqual([
      { kind: 'receive.close_requested', status: 'resolved', resolution: 'close-short' },
      { kind: 'receive.short', status: 'open', resolution: null },
    ]);
    await con.page.selectOption('[data-testid=receipts-status]', 'closed');
    await con.page.waitForSelector('[data-testid=receipt-row][data-number="PO-E2E"]');
  });

  it('a count difference waiting for approval opens in the exceptions queue', async () => {
    await con.tab('counts');
    const row = '[data-testid=counttask-row][data-id="CT-E2E"]';
    await con.page.waitForSelector(row);
    expect(await con.page.textContent(`${row} [data-testid=counttask-progress]`)).toContain(
      '1 / 2 locations',
    );
    expect(await con.page.textContent(`${row} [data-testid=counttask-variances]`)).toContain(
      'Waiting for your approval: 1',
    );
    await openTask('CT-E2E');
    await con.page.focus('[data-testid=counttask-decide]');
    await con.page.keyboard.press('Enter');
    await con.page.waitForSelector('[data-testid=filter-ref]');
    const id = await con.waitForException('count-variance');
    const shown = await con.page.$$('[data-testid=exception]');
    expect(shown).toHaveLength(1);
    expect(id).toBeTruthy();
  });

  it('the op log filters to refused ops and names who, where and why', async () => {
    await con.tab('oplog');
    await con.page.waitForSelector('[data-testid=oplog-row]');
    await con.page.selectOption('[data-testid=oplog-status]', 'rejected');
    await con.page.waitForFunction(
      () =>
        document.querySelector('[data-testid=oplog-showing]')?.textContent?.endsWith(' of 1') &&
        document.querySelectorAll('[data-testid=oplog-row]').length === 1,
    );
    const text = await con.page.textContent('[data-testid=oplog-row]');
    expect(text).toContain('Pat Picker');
    expect(text).toContain('NO-SUCH-SKU');
    expect(text).toContain('Refused:');
  });

  it('labour counts the 12 scans of one line as one line of 12 units', async () => {
    await con.tab('progress');
    const row = '[data-testid=labour-row][data-user="Pat Picker"][data-task=picking]';
    await con.page.waitForSelector(row);
    expect(await con.page.textContent(`${row} [data-testid=labour-lines]`)).toBe('1');
    expect(await con.page.textContent(`${row} [data-testid=labour-units]`)).toBe('12');
    expect(await con.page.textContent('[data-testid=rates-chart] .legend')).toContain(
      'Pat Picker: 1 line',
    );
  });
  it('resolves two exceptions at once with one typed reason; the book does not move', async () => {
    const pat = await device('picker');
    const res = await applied(pat, [
      pat.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 2 }),
      pat.move({ sku: 'SKU-10001', from: 'B-01-1', to: 'A-01-2', qty: 1 }),
    ]);
    const ids = res.flatMap((r) => (r.exceptions ?? []).map((x) => x.id));
    expect(ids).toHaveLength(2);
    const book = () =>
      store.db
        .selectFrom('stock')
        .select(['location', 'qty'])
        .where('sku', '=', 'SKU-10001')
        .where('location', 'in', ['B-01-1', 'A-01-2'])
        .orderBy('location')
        .execute();
    const before = await book();
    await con.open('exceptions');
    for (const id of ids) {
      const box = `[data-testid=exception][data-id="${id}"] [data-testid=bulk-pick]`;
      await con.page.waitForSelector(box);
      await con.page.focus(box);
      await con.page.keyboard.press('Space');
    }
    await con.page.waitForSelector('[data-testid=bulk-bar]');
    expect(await con.page.textContent('[data-testid=bulk-bar] legend')).toBe(
      '2 exceptions selected',
    );
    await con.page.focus('[data-testid=bulk-reason]');
    await con.page.keyboard.type('test moves at B-01-1', { delay: 70 });
    await con.page.focus('[data-testid=bulk-confirm]');
    await con.page.keyboard.press('Enter');
    for (const id of ids)
      await con.page.waitForSelector(`[data-testid=exception][data-id="${id}"]`, {
        state: 'detached',
      });
    const xs = await store.db
      .selectFrom('exceptions')
      .select(['status', 'resolution', 'note'])
      .where('id', 'in', ids)
      .execute();
    expect(xs).toEqual(
      ids.map(() => ({
        status: 'resolved',
        resolution: 'acknowledge',
        note: 'test moves at B-01-1',
      })),
    );
    expect(await book()).toEqual(before);
  });
});
