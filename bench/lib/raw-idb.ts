// The raw baseline of recording a scan, measured in the app's own page after its scans: what
// a strictly durable IndexedDB write of the same outbox row costs without Dexie or the app
// (`row`), and of the same row plus the device meta read-modify-write that allocates the seq
// (`rowAndMeta`, what recordOp must do). A scratch database, interleaved, same page, same run.
import type { Page } from 'playwright-core';
import { summarize, type Summary } from './stats.ts';

export interface RawIdbFigures {
  row: Summary;
  rowAndMeta: Summary;
}

export async function rawIdbBaseline(page: Page, writes = 100): Promise<RawIdbFigures> {
  // tsx keeps function names with a helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  const times = await page.evaluate(async (n) => {
    const open = (name: string, version?: number, upgrade?: (db: IDBDatabase) => void) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name, version);
        req.onupgradeneeded = () => upgrade?.(req.result);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('open failed'));
      });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('tx failed'));
      });
    // The app's last recorded op, written again as the same row.
    const app = await open('floorsync');
    const sample = await new Promise<Record<string, unknown>>((resolve) => {
      const req = app.transaction('outbox').objectStore('outbox').openCursor(null, 'prev');
      req.onsuccess = () => resolve(req.result!.value as Record<string, unknown>);
    });
    app.close();
    const name = `floorsync-raw-${Date.now()}`;
    const raw = await open(name, 1, (db) => {
      db.createObjectStore('meta', { keyPath: 'key' });
      db.createObjectStore('outbox', { keyPath: 'seq' });
    });
    const seed = raw.transaction('meta', 'readwrite', { durability: 'strict' });
    seed.objectStore('meta').put({ key: 'device', deviceId: sample['deviceId'], nextSeq: 1 });
    await done(seed);
    const row: number[] = [];
    const rowAndMeta: number[] = [];
    let seq = 1;
    for (let i = 0; i < n; i++) {
      let t0 = performance.now();
      const a = raw.transaction('outbox', 'readwrite', { durability: 'strict' });
      a.objectStore('outbox').put({ ...sample, seq: seq++, opId: crypto.randomUUID() });
      await done(a);
      row.push(performance.now() - t0);

      t0 = performance.now();
      const b = raw.transaction(['meta', 'outbox'], 'readwrite', { durability: 'strict' });
      const meta = b.objectStore('meta');
      const get = meta.get('device');
      get.onsuccess = () => {
        const device = get.result as { nextSeq: number };
        b.objectStore('outbox').put({ ...sample, seq: seq++, opId: crypto.randomUUID() });
        meta.put({ ...device, nextSeq: device.nextSeq + 1 });
      };
      await done(b);
      rowAndMeta.push(performance.now() - t0);
    }
    raw.close();
    indexedDB.deleteDatabase(name);
    return { row, rowAndMeta };
  }, writes);
  return { row: summarize(times.row), rowAndMeta: summarize(times.rowAndMeta) };
}

/** How many times the baseline a figure is, at p50 and p95. */
export const ratioTo = (figure: Summary, baseline: Summary) => ({
  p50: +(figure.p50 / baseline.p50).toFixed(2),
  p95: +(figure.p95 / baseline.p95).toFixed(2),
});
