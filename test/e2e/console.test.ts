// The supervisor console end to end: the built PWA against the real server process in real
// Chromium. A phone records moves while its pushes hang; its heartbeats tell the console the
// waiting count (growing) and the age of the oldest; the phone goes offline and the console,
// without any event, marks it stale; the phone reconnects and the console shows it up to date
// without a reload. An exception raised on the floor appears live in the queue and a rejection
// with a reason is recorded with who and why. A count variance waiting for approval is approved
// from the queue and book stock changes; progress and upload errors show.
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

/** DOCS_SCREENSHOTS=1 saves the console as the docs show it. */
const shoot = async (con: ConsolePage, name: string) => {
  if (!process.env['DOCS_SCREENSHOTS']) return;
  const path = resolve(import.meta.dirname, `../../docs/screenshots/console-${name}.png`);
  await con.page.screenshot({ path, fullPage: true });
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
    await page.setViewportSize({ width: 1280, height: 900 });
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

  it('shows waiting ops growing from heartbeats, marks the silent device stale, then up to date live', async () => {
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

    // The phone goes offline: no more heartbeats; the console turns it stale by itself.
    await phone.app.page.context().setOffline(true);
    await con.waitForDevice(phoneId, { state: 'stale' });
    const stale = await con.device(phoneId);
    await shoot(con, 'devices');
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

  it('an exception from the floor appears in the queue live; rejecting it records who and why', async () => {
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
    await dev.push([dev.move({ sku: 'SKU-10003', from: 'B-05-1', to: 'A-01-2', qty: 4 })]);
    const id = await con.waitForException('move.over_book');
    await shoot(con, 'exceptions');
    await con.act(id, 'Reject');
    await con.page.waitForSelector('[data-testid=flash], [data-testid=notice]').catch(() => null);
    const x1 = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(x1.status).toBe('open');
    await con.act(id, 'Reject', 'Nothing was taken from B-05-1');
    await con.page.waitForSelector(`[data-testid=exception][data-id="${id}"]`, {
      state: 'detached',
    });
    const x = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(x).toMatchObject({
      status: 'resolved',
      resolution: 'rejected',
      note: 'Nothing was taken from B-05-1',
    });
    const audit = await store.db
      .selectFrom('console_actions')
      .selectAll()
      .where('target', '=', id)
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({ action: 'reject', reason: 'Nothing was taken from B-05-1' }),
    ]);
    expect(await con.wasReloaded()).toBe(false);
  });

  it('a supervisor approves a count variance in the queue and book stock changes', async () => {
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
    await con.act(id, 'Approve', 'Two broken, binned');
    await con.page.waitForSelector(`[data-testid=exception][data-id="${id}"]`, {
      state: 'detached',
    });
    expect(await book()).toBe(first!.qty - 2);
    const x = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(x).toMatchObject({ status: 'resolved', resolution: 'approved' });
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
    await con.page.waitForSelector('[data-testid=rates-chart] rect');
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
  });
});
