// F10 (docs/reliability.md): an app update arrives while scans wait offline. The phone's
// database is put in the shape build N left it (IndexedDB schema v4: no counting tables) with
// the moves still queued; then the app opens on the current build, which upgrades the schema
// to v5, and the server starts serving build N+1 (a changed service worker), so the update
// banner shows on the home screen and "Update now" reloads into it. Every queued move survives
// the upgrade with its seq and id and is applied exactly once; the server still applies the
// ops' version (P11); I1–I5. On SQLite and PostgreSQL.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireChromium } from '../helpers/chromium.ts';
import { FaultServer, faultStores } from '../helpers/fault-server.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ackedMoves } from '../helpers/acks.ts';
import { deviceOps } from '../helpers/device-db.ts';
import {
  assertDeviceSettled,
  assertOpsAppliedOnce,
  assertStockArithmetic,
} from '../helpers/invariants.ts';
import { MovePage } from '../e2e/pages/move-page.ts';

const DIST = resolve(import.meta.dirname, '../../dist');
/** The stores schema v5 and later added (src/db/database.ts); build N did not have them. */
const V5_STORES = [
  'countTasks',
  'countTaskLocations',
  'countDrafts',
  // v6: shipping prep; v7: lot holds.
  'shipOrders',
  'shipRoutes',
  'cartons',
  'ssccRanges',
  'shippingSettings',
  'itemWeights',
  'ssccWallet',
  'ssccUsed',
  'lotHolds',
];
/** IndexedDB's version for the current Dexie schema (Dexie version 7 = IndexedDB 70). */
const CURRENT_IDB_VERSION = 70;
/** The sync meta fields build N wrote (src/db/meta-types.ts SyncMeta as it was then). */
const BUILD_N_SYNC_FIELDS = [
  'key',
  'warehouseId',
  'epoch',
  'cursor',
  'baseVersion',
  'resultsAfter',
  'snapshot',
  'lastSyncedAt',
  'clockOffsetMs',
];

/** Build N+1: the same app with a changed service worker, as a new deploy looks to a phone. */
function deployNextBuild(dist: string): void {
  const sw = `${readFileSync(join(dist, 'sw.js'), 'utf8')}\n// build N+1\n`;
  writeFileSync(join(dist, 'sw.js'), sw);
  writeFileSync(join(dist, 'sw.js.br'), brotliCompressSync(sw));
  writeFileSync(join(dist, 'sw.js.gz'), gzipSync(sw));
}

/**
 * Rewrites the phone's database as schema v4 (Dexie version 4 = IndexedDB version 40), every
 * row kept. Runs on a same-origin page that is not the app, so no connection holds it open.
 */
const asSchemaV4 = (page: Page) =>
  page.evaluate(
    async ([drop, syncFields]) => {
      const req = <T>(r: IDBRequest<T>) =>
        new Promise<T>((res, rej) => {
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(new Error(String(r.error)));
        });
      const opened = (r: IDBOpenDBRequest) =>
        new Promise<IDBDatabase>((res, rej) => {
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(new Error(String(r.error)));
        });
      const now = await opened(indexedDB.open('floorsync'));
      const stores: {
        name: string;
        keyPath: string | string[] | null;
        autoIncrement: boolean;
        indexes: { name: string; keyPath: string | string[]; unique: boolean; multi: boolean }[];
        rows: unknown[];
      }[] = [];
      for (const name of [...now.objectStoreNames].filter((n) => !drop.includes(n))) {
        const s = now.transaction(name).objectStore(name);
        stores.push({
          name,
          keyPath: s.keyPath,
          autoIncrement: s.autoIncrement,
          indexes: [...s.indexNames].map((i) => {
            const x = s.index(i);
            return { name: x.name, keyPath: x.keyPath, unique: x.unique, multi: x.multiEntry };
          }),
          rows: await req(s.getAll()),
        });
      }
      now.close();
      await new Promise<void>((res, rej) => {
        const d = indexedDB.deleteDatabase('floorsync');
        d.onsuccess = () => res();
        d.onerror = () => rej(new Error(String(d.error)));
      });
      const open = indexedDB.open('floorsync', 40);
      open.onupgradeneeded = () => {
        for (const s of stores) {
          const os = open.result.createObjectStore(s.name, {
            keyPath: s.keyPath,
            autoIncrement: s.autoIncrement,
          });
          for (const i of s.indexes)
            os.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multi });
        }
      };
      const old = await opened(open);
      const tx = old.transaction(
        stores.map((s) => s.name),
        'readwrite',
      );
      for (const s of stores)
        for (const row of s.rows) {
          // Build N's sync meta had these fields only (what it learnt later it did not write).
          const r = row as Record<string, unknown>;
          const kept =
            s.name === 'meta' && r['key'] === 'sync'
              ? Object.fromEntries(Object.entries(r).filter(([k]) => syncFields.includes(k)))
              : r;
          tx.objectStore(s.name).put(kept);
        }
      await new Promise<void>((res, rej) => {
        tx.oncomplete = () => res();
        tx.onerror = () => rej(new Error(String(tx.error)));
      });
      const shape = { version: old.version, stores: [...old.objectStoreNames] };
      old.close();
      return shape;
    },
    [V5_STORES, BUILD_N_SYNC_FIELDS] as const,
  );

/** The IndexedDB version and stores as they are now (raw, not through the app). */
const schemaOf = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ version: number; stores: string[] }>((res) => {
        const r = indexedDB.open('floorsync');
        r.onsuccess = () => {
          const shape = { version: r.result.version, stores: [...r.result.objectStoreNames] };
          r.result.close();
          res(shape);
        };
      }),
  );

describe.runIf(requireChromium()).each(faultStores())('F10: app update on %s', (kind) => {
  let fs: FaultServer;
  let phone: Phone;
  let dist: string;

  beforeAll(async () => {
    dist = join(mkdtempSync(join(tmpdir(), 'floorsync-dist-')), 'dist');
    cpSync(DIST, dist, { recursive: true });
    fs = await FaultServer.start(kind, { distDir: dist });
    phone = await openPhone(fs.server, 'picker');
  });
  afterAll(async () => {
    await phone?.browser.close();
    await fs?.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  it('F10: moves queued under schema v4 survive the upgrade and the update, and apply once', async () => {
    const page = phone.app.page;
    const move = new MovePage(phone.app);
    await move.open();
    await phone.browser.context.setOffline(true);
    await move.move('A-01-1', '5901231000003', 'C-01-2'); // SKU-10001
    await move.move('D-02-1', '5901231000027', 'C-01-2'); // SKU-10003
    await move.move('A-01-1', '5901231000003', 'C-02-2', 2);
    const queued = await deviceOps(page);
    expect(queued.map((o) => [o.seq, o.status])).toEqual([
      [1, 'pending'],
      [2, 'pending'],
      [3, 'pending'],
    ]);

    // The phone as build N left it: schema v4, the same rows.
    await page.goto(`${fs.server.url}/manifest.webmanifest`);
    const old = await asSchemaV4(page);
    expect(old.version).toBe(40);
    expect(old.stores.filter((n) => V5_STORES.includes(n))).toEqual([]);
    expect(await deviceOps(page)).toEqual(queued);

    // The current build opens it (still offline): the schema is upgraded, the queue kept.
    await phone.app.open('/');
    await phone.app.waitForHome();
    const upgraded = await schemaOf(page);
    expect(upgraded.version).toBe(CURRENT_IDB_VERSION);
    expect(upgraded.stores).toEqual(expect.arrayContaining(V5_STORES));
    expect(await deviceOps(page)).toEqual(queued);

    // Build N+1 is deployed; back online the phone finds it and offers it on the home screen.
    deployNextBuild(dist);
    await phone.browser.context.setOffline(false);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await page.waitForSelector('[data-testid=update-banner]', { timeout: 60_000 });
    await page.evaluate(() => {
      (window as unknown as { __beforeUpdate?: boolean }).__beforeUpdate = true;
    });
    await page.click('[data-testid=update-banner] .btn.primary');
    await page.waitForFunction(
      () => !(window as unknown as { __beforeUpdate?: boolean }).__beforeUpdate,
      null,
      { timeout: 60_000 },
    );
    await phone.app.waitForHome();
    expect(
      await page.evaluate(() => fetch('/sw.js', { cache: 'no-store' }).then((r) => r.text())),
    ).toContain('// build N+1');
    await phone.app.waitForBadge('upToDate', 90_000);

    const store = await fs.openStore();
    try {
      const said = ackedMoves(phone.browser.acks);
      expect(said).toHaveLength(3);
      await assertOpsAppliedOnce(store, await phone.deviceId(), said);
      const logged = await store.db
        .selectFrom('op_log')
        .select(['seq', 'op_id', 'v', 'status'])
        .where('device_id', '=', await phone.deviceId())
        .orderBy('seq')
        .execute();
      expect(logged.map((r) => [Number(r.seq), r.op_id, Number(r.v), r.status])).toEqual(
        queued.map((o) => [o.seq, o.opId, 1, 'applied']),
      );
      await assertStockArithmetic(store, 'WH1');
      await assertDeviceSettled(page, store, 'WH1');
    } finally {
      await store.close();
    }
  });
});
