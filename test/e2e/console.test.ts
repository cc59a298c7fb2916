// The supervisor console end to end: the built PWA against the real server process in real
// Chromium, driven with real key events. A phone records moves while its pushes hang; its
// heartbeats tell the console the waiting count (growing) and the age of the oldest; the phone
// goes offline and the console, without any event, marks it at risk; it reconnects and shows up
// to date without a reload. A phone that leaves after a good sync ("0 waiting") is at risk too,
// scans a shift offline, and the chart keeps its backlog after it syncs. An exception raised on
// the floor appears live as a sentence; its action shows its effect, needs a reason, and posts
// exactly that; the assign select does nothing on ArrowDown. A count variance's adjustment is
// posted from the queue; tabs follow arrow keys; progress, upload errors, Chinese.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { DeviceBrowser } from '../helpers/device-browser.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { bookAt, count, createTask, recountTasksAt } from '../helpers/counting.ts';
import type { Store } from '../../server/store/store.ts';
import { AppPage } from './pages/app-page.ts';
import { ConsolePage } from './pages/console-page.ts';
import { MovePage } from './pages/move-page.ts';
import { newDeviceCredentials } from '../helpers/device-credentials.ts';

/** DOCS_SCREENSHOTS=1 saves the console as the docs show it: desktop and tablet. */
const shoot = async (con: ConsolePage, name: string) => {
  if (!process.env['DOCS_SCREENSHOTS']) return;
  const lang = await con.page.evaluate(() => document.documentElement.lang || 'en');
  for (const [w, h] of [
    [1366, 768],
    [1024, 768],
  ] as const) {
    await con.page.setViewportSize({ width: w, height: h });
    const tag = w === 1366 ? 'desktop' : 'tablet';
    const suffix = lang.startsWith('zh') ? `-zh-${tag}` : `-${tag}`;
    const path = resolve(
      import.meta.dirname,
      `../../docs/screenshots/console-${name}${suffix}.png`,
    );
    await con.page.screenshot({ path });
  }
  await con.page.setViewportSize({ width: 1366, height: 768 });
};

describe.runIf(requireChromium())('supervisor console, live', () => {
  let server: ServerProcess;
  let phone: Phone;
  let desk: DeviceBrowser;
  let con: ConsolePage;
  let store: Store;
  let phoneId: string;

  beforeAll(async () => {
    server = await ServerProcess.start({
      env: { FLOORSYNC_HEARTBEAT_MS: '1000', FLOORSYNC_STALE_MS: '5000' },
    });
    store = serverStore(server);
    phone = await openPhone(server, 'picker');
    phoneId = await phone.deviceId();
    desk = await DeviceBrowser.launch();
    const page = await desk.page();
    await page.setViewportSize({ width: 1366, height: 768 });
    const app = new AppPage(page, server.url);
    await app.open();
    await app.signIn('supervisor');
    await page.waitForSelector('[data-testid=tile-console]', { timeout: 60_000 });
    con = new ConsolePage(app);
    await con.open();
    await con.markPage();
  });
  afterAll(async () => {
    await store.close();
    await phone.browser.close();
    await desk.close();
    await server.dispose();
  });

  it('shows waiting ops growing from heartbeats, marks the silent device at risk, then up to date live', async () => {
    await con.waitForDevice(phoneId, { state: 'upToDate' });
    // Pushes hang on the server: ops wait on the phone while it is still online.
    await server.setHooks({ delayPushMs: 8000 });
    const move = new MovePage(phone.app);
    await move.open();
    await move.move('A-01-1', '5901231000003', 'C-06-2');
    await con.waitForDevice(phoneId, { minWaiting: 1 });
    await move.move('A-02-1', '5901231000010', 'C-06-2');
    await con.waitForDevice(phoneId, { minWaiting: 2 });
    const first = await con.device(phoneId);
    await con.page.waitForFunction(
      ({ id, before }) =>
        document.querySelector(
          `[data-testid=device-row][data-device-id="${id}"] [data-testid=oldest]`,
        )?.textContent !== before,
      { id: phoneId, before: first?.oldest ?? '' },
    );
    expect(first?.waiting).toBe(2);
    expect(first?.oldest).toMatch(/\d+ s/);

    // The phone goes offline: no more heartbeats; the console turns it at risk by itself.
    await phone.app.page.context().setOffline(true);
    await con.waitForDevice(phoneId, { state: 'atRisk' });
    const stale = await con.device(phoneId);
    expect(stale?.waiting).toBeGreaterThan(0);

    // Back online, pushes flow again: the console shows it up to date, without a reload.
    await server.setHooks({ delayPushMs: 0 });
    await phone.app.page.context().setOffline(false);
    const back = Date.now();
    await con.waitForDevice(phoneId, { state: 'upToDate', waiting: 0 });
    process.stdout.write(`console up to date ${Date.now() - back} ms after the phone came back\n`);
    expect(await con.wasReloaded()).toBe(false);
    await phone.app.waitForBadge('upToDate');
    const ops = await store.db
      .selectFrom('op_log')
      .select(['seq', 'status'])
      .where('device_id', '=', phoneId)
      .orderBy('seq')
      .execute();
    expect(ops).toEqual([
      { seq: 1, status: 'applied' },
      { seq: 2, status: 'applied' },
    ]);
  });

  it('a phone that leaves after a good sync is at risk whatever its 0; the chart keeps its shift of scans', async () => {
    await con.waitForDevice(phoneId, { state: 'upToDate', waiting: 0 });
    await phone.app.page.context().setOffline(true);
    await con.waitForDevice(phoneId, { state: 'atRisk', waiting: 0 });
    await expect
      .poll(() =>
        con.page.textContent(
          `[data-testid=device-row][data-device-id="${phoneId}"] [data-testid=waiting-as-of]`,
        ),
      )
      .toMatch(/as of \d+ s ago/);
    // Ten moves of three units, all offline: 50 scans, 10 ops the console cannot see yet.
    const move = new MovePage(phone.app);
    for (let i = 0; i < 10; i++) await move.move('A-03-1', '5901231000027', 'C-06-2', 3);
    await expect.poll(() => phone.app.page.textContent('body')).toMatch(/10 waiting/i);
    await con.tab('devices');
    await shoot(con, 'devices');
    // Back: the first report says 10 waiting, the sync takes it to 0; the chart keeps the 10.
    await server.setHooks({ delayPushMs: 1500 });
    await phone.app.page.context().setOffline(false);
    await con.waitForDevice(phoneId, { minWaiting: 10 });
    await server.setHooks({ delayPushMs: 0 });
    await con.waitForDevice(phoneId, { state: 'upToDate', waiting: 0 });
    await expect
      .poll(async () =>
        Number(await con.page.getAttribute('[data-testid=waiting-chart]', 'data-max')),
      )
      .toBeGreaterThanOrEqual(10);
  });

  it('tabs follow the ARIA pattern: arrow keys move and select, one tab stop', async () => {
    await con.page.focus('[data-testid=tab-devices]');
    await con.page.keyboard.press('ArrowRight');
    await con.page.waitForSelector('[data-testid=tab-exceptions][aria-selected=true]');
    expect(await con.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'tab-exceptions',
    );
    await con.page.keyboard.press('ArrowLeft');
    await con.page.waitForSelector('[data-testid=tab-devices][aria-selected=true]');
    await con.page.keyboard.press('End');
    await con.page.waitForSelector('[data-testid=tab-oplog][aria-selected=true]');
    expect(await con.page.$$eval('[role=tab][tabindex="0"]', (e) => e.length)).toBe(1);
    expect(await con.page.getAttribute('[role=tabpanel]', 'aria-labelledby')).toBe(
      'console-tab-oplog',
    );
    await con.page.keyboard.press('Home');
    await con.page.waitForSelector('[data-testid=tab-devices][aria-selected=true]');
  });

  it('an exception appears live as a sentence; its action shows the effect, needs a reason and posts it', async () => {
    await con.tab('exceptions');
    const device = newDeviceCredentials();
    const login = await server.http.post<{ token: string; user: { id: string } }>(
      '/api/auth/login',
      { username: 'picker2', password: 'picker123', ...device },
    );
    const dev = new SimDevice(
      server.http.withToken(login.body.token, device.deviceId),
      'WH1',
      login.body.user.id,
    );
    const bookAtB = async () =>
      Number(
        (
          await store.db
            .selectFrom('stock')
            .select('qty')
            .where('location', '=', 'B-05-1')
            .where('sku', '=', 'SKU-10003')
            .where('lot', '=', '')
            .executeTakeFirst()
        )?.qty ?? 0,
      );
    const before = await bookAtB();
    await dev.push([dev.move({ sku: 'SKU-10003', from: 'B-05-1', to: 'A-01-2', qty: before + 4 })]);
    const id = await con.waitForException('move.over_book');
    const sentence = await con.page.textContent(
      `[data-testid=exception][data-id="${id}"] [data-testid=x-sentence]`,
    );
    expect(sentence).toBe(
      `Li Na moved ${before + 4} × SKU-10003 from B-05-1 to A-01-2, but the book had only ${before} there.`,
    );
    expect(await con.page.textContent('[data-testid=exceptions]')).not.toMatch(/[{}]|[0-9a-f]{8}-/);
    await shoot(con, 'exceptions');
    await con.details(id);
    expect(await con.effect('correct-negative')).toEqual(['B-05-1 · SKU-10003: −4 → 0 (+4)']);
    // One ArrowDown on the assign select chooses a name; nothing is assigned without the button.
    await con.page.focus('[data-testid=assign-to]');
    await con.page.keyboard.press('ArrowDown');
    await con.page.waitForSelector('[data-testid=assign]:not([disabled])');
    const open = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(open).toMatchObject({ status: 'open', assigned_to: null });
    await shoot(con, 'exception-detail');
    await con.act(id, 'correct-negative');
    await con.page.waitForSelector('[data-testid=x-error]');
    expect(await con.page.textContent('[data-testid=x-error]')).toContain('needs a reason');
    expect(await bookAtB()).toBe(-4);
    await con.act(id, 'correct-negative', 'Four more were on the shelf');
    await con.page.waitForSelector(`[data-testid=exception][data-id="${id}"]`, {
      state: 'detached',
    });
    await expect.poll(bookAtB).toBe(0);
    const x = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(x).toMatchObject({
      status: 'resolved',
      resolution: 'correct-negative',
      note: 'Four more were on the shelf',
    });
    const audit = await store.db
      .selectFrom('console_actions')
      .selectAll()
      .where('target', '=', id)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'correct-negative',
        reason: 'Four more were on the shelf',
      }),
    ]);
    expect(await con.wasReloaded()).toBe(false);
  });

  it('a supervisor posts a count variance’s adjustment from the queue and book stock changes', async () => {
    const login = async (username: string, password: string) => {
      const device = newDeviceCredentials();
      const res = await server.http.post<{ token: string; user: { id: string } }>(
        '/api/auth/login',
        { username, password, ...device },
      );
      const dev = new SimDevice(
        server.http.withToken(res.body.token, device.deviceId),
        'WH1',
        res.body.user.id,
      );
      await dev.pullAll();
      return dev;
    };
    const sup = await login('supervisor', 'supervisor123');
    expect((await createTask(sup.http, { id: 'CT-E2E', locations: ['C-04-1'] })).status).toBe(200);
    const [first, ...rest] = await bookAt(store, 'C-04-1');
    const lines = [{ ...first!, qty: first!.qty - 2 }, ...rest];
    const chen = await login('counter', 'counter123');
    await chen.push([count(chen, 'CT-E2E', 'C-04-1', lines)]);
    const [rc] = await recountTasksAt(store, 'C-04-1');
    const li = await login('picker2', 'picker123');
    await li.push([count(li, rc!.id, 'C-04-1', lines)]);
    const book = async () =>
      Number(
        (
          await store.db
            .selectFrom('stock')
            .select('qty')
            .where('location', '=', 'C-04-1')
            .where('sku', '=', first!.sku)
            .where('lot', '=', first!.lot)
            .where('expiry', '=', first!.expiry)
            .executeTakeFirstOrThrow()
        ).qty,
      );
    expect(await book()).toBe(first!.qty);

    const id = await con.waitForException('count-variance');
    await con.details(id);
    expect(await con.effect('post-adjustment')).toEqual([
      `C-04-1 · ${first!.sku}${first!.lot ? ` ${first!.lot}` : ''}: ${first!.qty} → ${first!.qty - 2} (−2)`,
    ]);
    await con.act(id, 'post-adjustment', 'Two broken, binned');
    await con.page.waitForSelector(`[data-testid=exception][data-id="${id}"]`, {
      state: 'detached',
    });
    expect(await book()).toBe(first!.qty - 2);
    const x = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(x).toMatchObject({ status: 'resolved', resolution: 'post-adjustment' });
    const m = await store.db
      .selectFrom('movements')
      .selectAll()
      .where('location', '=', 'C-04-1')
      .where('kind', '=', 'count')
      .execute();
    expect(m).toEqual([expect.objectContaining({ delta: -2, approved_by: sup.userId })]);
    expect(await con.wasReloaded()).toBe(false);
  });

  it('progress shows lines per hour; an upload with bad rows lists every bad line', async () => {
    await con.tab('progress');
    await con.page.waitForSelector('[data-testid=rates-chart] svg > g > rect');
    expect(await con.page.textContent('[data-testid=rates-chart]')).toContain('Pat Picker');
    await shoot(con, 'progress');
    await con.tab('files');
    await con.page.setInputFiles('[data-testid=upload-items]', {
      name: 'items.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('sku,description,barcodes\nSKU-NEW-1,New thing,\n,No sku,\n'),
    });
    await con.page.waitForSelector('[data-testid=upload-errors] li');
    expect(await con.page.textContent('[data-testid=upload-errors]')).toContain('Line 3');
    const none = await store.db
      .selectFrom('items')
      .select('sku')
      .where('sku', '=', 'SKU-NEW-1')
      .execute();
    expect(none).toEqual([]);
    await shoot(con, 'files');
  });

  it('in Chinese the queue, kinds and times are Chinese; the screens are shot in both languages', async () => {
    const device = newDeviceCredentials();
    const login = await server.http.post<{ token: string; user: { id: string } }>(
      '/api/auth/login',
      { username: 'picker2', password: 'picker123', ...device },
    );
    const dev = new SimDevice(
      server.http.withToken(login.body.token, device.deviceId),
      'WH1',
      login.body.user.id,
    );
    const pushed = await dev.push([
      dev.move({ sku: 'SKU-10004', from: 'B-01-1', to: 'A-01-2', qty: 2 }),
    ]);
    const id = pushed.body.results[0]!.exceptions![0]!.id;
    await con.language('zh-CN', 'exceptions');
    await con.page.waitForSelector(`[data-testid=exception][data-id="${id}"]`);
    await expect
      .poll(() =>
        con.page.textContent(`[data-testid=exception][data-id="${id}"] [data-testid=x-sentence]`),
      )
      .toMatch(/^Li Na 从 B-01-1 移动 2 × SKU-10004 到 A-01-2，但账面那里只有/);
    expect(await con.page.textContent(`[data-testid=exception][data-id="${id}"]`)).toContain(
      '移库超出账面',
    );
    await shoot(con, 'exceptions');
    await con.details(id);
    await shoot(con, 'exception-detail');
    await con.tab('devices');
    await con.page.waitForSelector('[data-testid=device-row]');
    await shoot(con, 'devices');
    await con.tab('progress');
    await con.page.waitForSelector('[data-testid=rates-chart]');
    await shoot(con, 'progress');
    await con.tab('files');
    await shoot(con, 'files');
    await con.language('en', 'devices');
  });
});
