// F15 (docs/reliability.md): the server is restored from a backup taken before some ops were
// applied and `npm run db:new-epoch` is run. Phone A still holds its ops (done, kept for the
// retention window): at its next scan it is told of the gap, resends them and converges, once
// each; it does so at its next sync, not only at its next scan. Phone B no longer holds its
// lost op (retention passed): the loss is reported on the phone and to the server, not hidden,
// and B's later scans are numbered on after it and still sync. Then I1–I5 on both stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { FaultServer, faultStores } from '../helpers/fault-server.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ackedMoves } from '../helpers/acks.ts';
import { deviceOps, readStore } from '../helpers/device-db.ts';
import { stockOf } from '../helpers/server-state.ts';
import {
  assertDeviceSettled,
  assertFeedMatchesTables,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

/** Forgets the phone's answered ops, as the 7-day retention does (raw IndexedDB). */
const forgetDone = (p: Phone) =>
  p.app.page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('floorsync');
        req.onsuccess = () => {
          const tx = req.result.transaction('outbox', 'readwrite');
          const all = tx.objectStore('outbox').openCursor();
          all.onsuccess = () => {
            const c = all.result;
            if (!c) return;
            if ((c.value as { status: string }).status === 'done') c.delete();
            c.continue();
          };
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
  );

describe.runIf(requireChromium()).each(faultStores())('F15: restore from backup on %s', (kind) => {
  let fs: FaultServer;
  let a: Phone;
  let b: Phone;

  beforeAll(async () => {
    fs = await FaultServer.start(kind);
    a = await openPhone(fs.server, 'picker');
    b = await openPhone(fs.server, 'picker2');
  });
  afterAll(async () => {
    await a.browser.close();
    await b.browser.close();
    await fs.dispose();
  });

  it('F15: phones resend what the restored server lost and converge; a lost op is reported', async () => {
    const ma = new MovePage(a.app);
    const mb = new MovePage(b.app);
    await ma.open();
    await mb.open();
    await ma.move('A-01-1', '5901231000003', 'A-01-2'); // SKU-10001, before the backup
    await mb.move('A-02-1', '15901231000017', 'A-02-2'); // SKU-10002 case of 12, before
    for (const p of [a, b]) await p.app.waitForBadge('upToDate', 60_000);

    const backup = await fs.backup();
    await ma.move('A-01-1', '5901231000003', 'A-01-2', 2); // lost by the restore, A keeps it
    await ma.move('A-01-1', '5901231000003', 'A-03-2'); // lost by the restore, A keeps it
    await mb.move('A-02-1', '15901231000017', 'A-04-2'); // lost by the restore, B forgets it
    for (const p of [a, b]) await p.app.waitForBadge('upToDate', 60_000);
    await expect
      .poll(async () => (await deviceOps(a.app.page)).map((o) => o.status))
      .toEqual(['done', 'done', 'done']);
    await expect
      .poll(async () => (await deviceOps(b.app.page)).map((o) => o.status))
      .toEqual(['done', 'done']);
    await forgetDone(b);
    expect(await deviceOps(b.app.page)).toEqual([]);

    const epochOut = await fs.restore(backup);
    expect(epochOut).toMatch(/^new epoch [0-9a-f-]{36}$/);

    const store = await fs.openStore();
    try {
      // Without a new scan: A's next sync (here "Sync now") finds the server behind and resends.
      await a.app.open('/sync');
      await expect
        .poll(
          async () => {
            await a.app.page.click('[data-testid=sync-now]');
            return stockOf(store, 'WH1', 'A-03-2', 'SKU-10001');
          },
          { timeout: 60_000, interval: 1000 },
        )
        .toBe(1);
      // The next scan on each phone: B's is numbered on after the lost op, so it still syncs.
      await ma.open();
      await mb.open();
      await ma.move('A-01-1', '5901231000003', 'A-05-2');
      await mb.move('A-02-1', '15901231000017', 'A-06-2');
      await a.app.waitForBadge('upToDate', 60_000);
      await b.app.waitForBadge('error', 60_000);

      // A: every move it acknowledged applied once, on the new epoch's books.
      await assertOpsAppliedOnce(store, await a.deviceId(), ackedMoves(a.browser.acks));
      expect(await stockOf(store, 'WH1', 'A-01-2', 'SKU-10001')).toBe(3);
      expect(await stockOf(store, 'WH1', 'A-03-2', 'SKU-10001')).toBe(1);
      expect(await stockOf(store, 'WH1', 'A-05-2', 'SKU-10001')).toBe(1);
      await assertDeviceSettled(a.app.page, store, 'WH1');
      const snapshot = await readStore<{ key: string; epoch?: string }>(a.app.page, 'meta');
      expect(snapshot.find((m) => m.key === 'sync')?.epoch).toBe(epochOut.split(' ')[2]);

      // B: its first move survived the restore; the forgotten one is missing, and said so.
      const [first, lost, last] = ackedMoves(b.browser.acks);
      await assertOpsAppliedOnce(store, await b.deviceId(), [first!]);
      await expect(assertOpsAppliedOnce(store, await b.deviceId(), [lost!])).rejects.toThrow(
        /I1: the UI said "Moved 12 × SKU-10002 to A-04-2"/,
      );
      expect(last!.match).toMatchObject({ to: 'A-06-2' });
      expect(await stockOf(store, 'WH1', 'A-04-2', 'SKU-10002')).toBe(0);
      // Not stuck behind the loss: the move after it is applied, and B settles (I3, I5).
      await assertOpsAppliedOnce(store, await b.deviceId(), [first!, last!]);
      expect(await stockOf(store, 'WH1', 'A-06-2', 'SKU-10002')).toBe(12);
      await assertDeviceSettled(b.app.page, store, 'WH1');
      await b.app.open('/sync');
      await expect
        .poll(() => b.app.page.textContent('body'), { timeout: 30_000 })
        .toContain('The server was restored and lost scans this device no longer holds');
      await expect
        .poll(
          async () =>
            (
              await store.db
                .selectFrom('devices')
                .select('last_error')
                .where('id', '=', await b.deviceId())
                .executeTakeFirst()
            )?.last_error ?? '',
          { timeout: 60_000 },
        )
        .toMatch(/lost ops 2-2/);
      await assertStockArithmetic(store, 'WH1');
      await assertFeedMatchesTables(store, 'WH1');
    } finally {
      await store.close();
    }
  });
});
