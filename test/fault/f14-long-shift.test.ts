// F14: a long shift offline. The device holds 3,000 moves made over ten hours without a
// network (written the way recordOp writes them), the worker still sees the right stock, and on
// reconnect the outbox drains in bounded batches with every move applied once (I1-I5).
// Faults and invariants as defined in docs/reliability.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { openPhone, serverStore, type Phone } from '../helpers/phone.ts';
import { deviceMeta, deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import type { Store } from '../../server/store/store.ts';
import { demoItems } from '../../server/demo/generate.ts';

const OPS = 3000;

describe.runIf(requireChromium())('F14: a long shift offline', () => {
  let server: ServerProcess;
  let phone: Phone;
  let store: Store;
  beforeAll(async () => {
    server = await ServerProcess.start();
    phone = await openPhone(server, 'picker');
    store = serverStore(server);
  });
  afterAll(async () => {
    await store.close();
    await phone.browser.close();
    await server.dispose();
  });

  it('keeps 3,000 moves, shows their stock, and drains them once on reconnect', async () => {
    const page = phone.app.page;
    await phone.browser.context.setOffline(true);
    const item = demoItems()[0]!; // SKU-10001 at A-01-1
    const session = (await deviceMeta(page, 'session'))!;
    const userId = (session['user'] as { id: string }).id;
    await page.evaluate(
      ({ n, sku, home, userId }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('floorsync');
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
            const meta = tx.objectStore('meta');
            const get = meta.get('device');
            get.onsuccess = () => {
              const device = get.result as { deviceId: string; nextSeq: number };
              const start = Date.now() - 10 * 3600_000;
              for (let i = 0; i < n; i++) {
                const there = i % 2 === 0;
                tx.objectStore('outbox').add({
                  opId: crypto.randomUUID(),
                  deviceId: device.deviceId,
                  seq: device.nextSeq + i,
                  type: 'stock.move',
                  v: 1,
                  userId,
                  warehouseId: 'WH1',
                  at: start + i * 12_000,
                  baseVersion: 0,
                  payload: {
                    sku,
                    from: there ? home : 'R-02',
                    to: there ? 'R-02' : home,
                    qty: 1,
                    lot: '',
                    expiry: '',
                    scans: [],
                  },
                  status: 'pending',
                });
              }
              meta.put({ ...device, nextSeq: device.nextSeq + n });
            };
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
      { n: OPS + 1, sku: item.sku, home: item.homeLocation!, userId },
    );
    // One more move out than back: the overlay shows one unit at R-02, offline.
    await phone.app.open('/lookup');
    await phone.app.wedgeScan('R-02');
    await page.waitForSelector(`[data-testid=stock-row][data-key="R-02|${item.sku}||"]`);
    expect(
      await page.textContent(
        `[data-testid=stock-row][data-key="R-02|${item.sku}||"] [data-testid=stock-qty]`,
      ),
    ).toBe('1');

    await phone.browser.context.setOffline(false);
    await phone.app.waitForBadge('upToDate', 170_000);
    const ops = await deviceOps(page);
    expect(ops).toHaveLength(OPS + 1);
    await assertOpsAppliedOnce(store, await phone.deviceId(), ops);
    await assertStockArithmetic(store, 'WH1');
    await assertDeviceSettled(page, store, 'WH1');
    const pushes = await store.db
      .selectFrom('op_log')
      .select('version')
      .where('device_id', '=', await phone.deviceId())
      .distinct()
      .execute();
    expect(pushes.length).toBeGreaterThanOrEqual(Math.ceil((OPS + 1) / 200));
  });
});
