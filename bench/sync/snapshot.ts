// Fresh-device snapshot: 100,000 items and 10,000 locations pulled into IndexedDB in Chromium by
// the app's pull code, against a raw Dexie bulkPut of the same rows in the same browser.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../../test/helpers/chromium.ts';
import { ServerProcess } from '../../test/helpers/server-process.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { openStore } from '../../server/store/open.ts';
import { writeItems } from '../../server/import/items.ts';
import { writeLocations } from '../../server/import/locations.ts';
import { withCheckDigit, packGtin } from '../../server/demo/generate.ts';
import type { Item, Location } from '../../src/core/entities.ts';
import { round } from '../lib/stats.ts';

export interface SnapshotFigures {
  items: number;
  locations: number;
  seconds: number;
  rawBulkPutSeconds: number;
  ratioToRaw: number;
}

async function bigWarehouse(dataDir: string, items: number, locations: number): Promise<void> {
  const store = await openStore({ dataDir });
  await seedDemo(store);
  const locs: Location[] = Array.from({ length: locations }, (_, i) => ({
    code: `X-${String(i).padStart(5, '0')}`,
    barcode: `LX${i}`,
    zone: `Z${i % 40}`,
    kind: 'storage',
    walkSeq: 100_000 + i,
  }));
  const its: Item[] = Array.from({ length: items }, (_, i) => {
    const each = withCheckDigit(`4${String(i).padStart(11, '0')}`);
    return {
      sku: `BIG-${i}`,
      description: `Bulk item number ${i}`,
      unit: 'EA',
      lotTracked: false,
      expiryTracked: false,
      serialTracked: false,
      unitValue: 100 + (i % 900),
      zone: `Z${i % 40}`,
      homeLocation: null,
      barcodes: [
        { code: each, packQty: 1 },
        { code: packGtin(1, each), packQty: 12 },
      ],
    };
  });
  await store.write(async (trx) => {
    const version = await store.nextVersion(trx, 'WH1');
    await writeLocations(trx, 'WH1', version, locs);
    for (let i = 0; i < its.length; i += 5000)
      await writeItems(trx, 'WH1', version, its.slice(i, i + 5000));
  });
  await store.close();
}

export async function benchSnapshot(items = 100_000, locations = 10_000): Promise<SnapshotFigures> {
  const work = mkdtempSync(join(tmpdir(), 'floorsync-snap-'));
  const dataDir = join(work, 'data');
  const distDir = join(work, 'dist');
  await build({
    root: resolve(import.meta.dirname, '../snapshot'),
    logLevel: 'error',
    configFile: false,
    build: { outDir: distDir, emptyOutDir: true },
  });
  await bigWarehouse(dataDir, items, locations);
  const server = await ServerProcess.start({ dataDir, distDir });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(300_000);
    await page.goto(server.url + '/');
    await page.waitForFunction(() => document.title === 'ready');
    const pulled = await page.evaluate(() =>
      (
        window as unknown as {
          pullFresh: (
            u: string,
            p: string,
          ) => Promise<{ seconds: number; items: number; locations: number }>;
        }
      ).pullFresh('picker', 'picker123'),
    );
    const raw = await page.evaluate(() =>
      (window as unknown as { rawBulkPut: () => Promise<{ seconds: number }> }).rawBulkPut(),
    );
    return {
      items: pulled.items,
      locations: pulled.locations,
      seconds: round(pulled.seconds),
      rawBulkPutSeconds: round(raw.seconds),
      ratioToRaw: round(pulled.seconds / raw.seconds),
    };
  } finally {
    await browser.close();
    await server.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}
