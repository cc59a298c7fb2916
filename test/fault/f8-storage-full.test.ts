// F8 (docs/reliability.md): the device's storage is full. The scan fails loudly (error notice),
// nothing is half-written (no op, no seq used), and once space is back recording resumes and
// the moves that waited sync once each (I1–I5).
// CDP Storage.overrideQuotaForOrigin reports the override active but IndexedDB writes still
// succeed in this Chromium (156), so the full disk is made at the IndexedDB boundary instead:
// while it is "full", every add and put throws the browser's own QuotaExceededError.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { FaultServer, faultStores } from '../helpers/fault-server.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ackedMoves } from '../helpers/acks.ts';
import { deviceMeta, deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

describe.runIf(requireChromium()).each(faultStores())('F8: storage full on %s', (kind) => {
  let fs: FaultServer;
  let phone: Phone;

  beforeAll(async () => {
    fs = await FaultServer.start(kind);
    phone = await openPhone(fs.server, 'picker');
    await fillableDisk(phone.browser.context);
    await phone.app.page.reload();
  });
  afterAll(async () => {
    await phone.browser.close();
    await fs.dispose();
  });

  it('F8: a scan on a full device fails loudly, leaves nothing behind, and works once space is back', async () => {
    const page = phone.app.page;
    const move = new MovePage(phone.app);
    await move.open();
    // One move waiting offline before the storage fills: it must still reach the server.
    await phone.browser.context.setOffline(true);
    await move.move('A-01-1', '5901231000003', 'B-02-2');
    const before = await deviceOps(page);
    const seqBefore = (await deviceMeta(page, 'device'))?.['nextSeq'];
    expect(before).toHaveLength(1);

    await diskFull(page, true);
    await phone.app.wedgeScan('A-02-1');
    await page.waitForSelector('[data-testid=step-from].done');
    await phone.app.wedgeScan('15901231000017');
    await page.waitForSelector('[data-testid=step-item].done');
    await phone.app.wedgeScan('B-02-2');
    await page.waitForSelector('[data-testid=notice].err');
    expect(await phone.app.notice()).toBe(
      'Not saved: the device storage is full. Tell your supervisor.',
    );
    expect(await deviceOps(page), 'nothing half-written').toEqual(before);
    expect((await deviceMeta(page, 'device'))?.['nextSeq'], 'no seq used').toBe(seqBefore);

    // Space is back: the same move records with the next seq; both moves sync.
    await diskFull(page, false);
    await phone.browser.context.setOffline(false);
    const store = await fs.openStore();
    try {
      await move.open();
      await move.move('A-02-1', '15901231000017', 'B-02-2');
      await phone.app.waitForBadge('upToDate', 60_000);
      const said = ackedMoves(phone.browser.acks);
      expect(said.map((s) => s.match)).toEqual([
        { qty: 1, sku: 'SKU-10001', to: 'B-02-2' },
        { qty: 12, sku: 'SKU-10002', to: 'B-02-2' },
      ]);
      await assertOpsAppliedOnce(store, await phone.deviceId(), said);
      expect((await deviceOps(page)).map((o) => o.seq)).toEqual([1, 2]);
      await assertStockArithmetic(store, 'WH1');
      await assertDeviceSettled(page, store, 'WH1');
    } finally {
      await store.close();
    }
  });
});

/** Every page of the context gets a switch that makes IndexedDB writes fail as on a full disk. */
async function fillableDisk(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __floorsyncDiskFull?: boolean };
    const proto = IDBObjectStore.prototype;
    for (const name of ['add', 'put'] as const) {
      const real = Reflect.get(proto, name) as (...a: unknown[]) => IDBRequest;
      Reflect.set(proto, name, function (this: IDBObjectStore, ...args: unknown[]) {
        if (w.__floorsyncDiskFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.apply(this, args);
      });
    }
  });
}

const diskFull = (page: Page, full: boolean) =>
  page.evaluate((f) => {
    (window as unknown as { __floorsyncDiskFull?: boolean }).__floorsyncDiskFull = f;
  }, full);
