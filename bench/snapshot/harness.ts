// Runs in Chromium: a fresh device's first pull through the app's own pull code, then the
// baseline, a plain Dexie bulkPut of the same rows into an empty database of the same schema.
import { db, FloorDb } from '../../src/db/database.ts';
import { ensureDevice } from '../../src/db/meta.ts';
import type { SessionMeta } from '../../src/db/meta-types.ts';
import { pullAll } from '../../src/sync/pull.ts';
import type { LoginResponse } from '../../src/core/protocol.ts';

async function pullFresh(username: string, password: string) {
  const device = await ensureDevice();
  const login = (await (
    await fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password, deviceId: device.deviceId }),
    })
  ).json()) as LoginResponse;
  const session: SessionMeta = {
    key: 'session',
    token: login.token,
    expiresAt: login.expiresAt,
    user: login.user,
    warehouseId: 'WH1',
  };
  await db.meta.put(session);
  const t0 = performance.now();
  await pullAll(session, device.deviceId);
  const seconds = (performance.now() - t0) / 1000;
  return {
    seconds,
    items: await db.items.count(),
    locations: await db.locations.count(),
    stock: await db.stock.count(),
  };
}

async function rawBulkPut() {
  const [items, locations, stock] = await Promise.all([
    db.items.toArray(),
    db.locations.toArray(),
    db.stock.toArray(),
  ]);
  const raw = new FloorDb('raw-baseline');
  await raw.open();
  const t0 = performance.now();
  await raw.transaction('rw', raw.items, raw.locations, raw.stock, async () => {
    await raw.items.bulkPut(items);
    await raw.locations.bulkPut(locations);
    await raw.stock.bulkPut(stock);
  });
  const seconds = (performance.now() - t0) / 1000;
  raw.close();
  return { seconds, rows: items.length + locations.length + stock.length };
}

Object.assign(window, { pullFresh, rawBulkPut });
document.title = 'ready';
