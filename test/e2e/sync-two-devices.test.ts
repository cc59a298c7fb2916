// Issue 3 end to end: device A records moves with the server stopped and the browser offline,
// reloads offline (the moves still wait), the server comes back, the moves are applied exactly
// once, and device B then shows the new stock. Invariants I1-I5 at the end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { MovePage } from './pages/move-page.ts';

describe.runIf(requireChromium())('two devices through dead Wi-Fi', () => {
  let server: ServerProcess;
  let a: Phone;
  let b: Phone;
  let store: Store;

  beforeAll(async () => {
    server = await ServerProcess.start();
    a = await openPhone(server, 'picker');
    b = await openPhone(server, 'picker2');
    store = serverStore(server);
  });
  afterAll(async () => {
    await store.close();
    await a.browser.close();
    await b.browser.close();
    await server.dispose();
  });

  it('records moves offline, keeps them through a reload, applies them once when back', async () => {
    await server.stop();
    await a.app.page.context().setOffline(true);
    const move = new MovePage(a.app);
    await move.open();
    await move.move('A-01-1', '5901231000003', 'C-06-2'); // SKU-10001 each, qty 1
    await move.move('A-02-1', '15901231000017', 'C-06-2'); // SKU-10002 case of 12
    await move.move('A-01-1', '5901231000003', 'C-06-2', 2); // scanned twice: qty 2
    await a.app.waitForBadge('offline');
    expect(await a.app.page.textContent('[data-testid=sync-badge]')).toContain('3 waiting');

    await a.app.page.reload();
    await a.app.page.waitForSelector('[data-testid=sync-badge]');
    expect((await deviceOps(a.app.page)).map((o) => o.status)).toEqual([
      'pending',
      'pending',
      'pending',
    ]);
    await a.app.open('/sync');
    await a.app.page.waitForSelector('[data-testid=waiting-list] [data-testid=op-row] >> nth=2');
    expect(await a.app.page.textContent('[data-testid=waiting-list]')).toContain(
      'Move 12 × SKU-10002 A-02-1 → C-06-2',
    );

    await server.start();
    await a.app.page.context().setOffline(false);
    await a.app.waitForBadge('upToDate', 60_000);
    const ops = await deviceOps(a.app.page);
    await assertOpsAppliedOnce(store, await a.deviceId(), ops);
    const applied = await store.db
      .selectFrom('op_log')
      .select('status')
      .where('device_id', '=', await a.deviceId())
      .execute();
    expect(applied.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });

  it('device B then shows the new stock', async () => {
    const lookup = b.app.page;
    await b.app.open('/lookup');
    await b.app.wedgeScan('C-06-2');
    await lookup.waitForSelector('[data-testid=lookup-location] [data-testid=stock-row]');
    await lookup.waitForFunction(() =>
      document.querySelector('[data-testid=lookup-location]')?.textContent?.includes('SKU-10002'),
    );
    const rows = await lookup.$$eval(
      '[data-testid=lookup-location] [data-testid=stock-row]',
      (els) =>
        els.map((e) => [
          e.getAttribute('data-key'),
          e.querySelector('[data-testid=stock-qty]')?.textContent,
        ]),
    );
    expect(rows).toEqual([
      ['C-06-2|SKU-10001||', '3'],
      ['C-06-2|SKU-10002||', '12'],
    ]);
  });

  it('I1-I5 hold on both devices', async () => {
    await assertStockArithmetic(store, 'WH1');
    await b.app.waitForBadge('upToDate');
    await assertDeviceSettled(a.app.page, store, 'WH1');
    await assertDeviceSettled(b.app.page, store, 'WH1');
  });
});
