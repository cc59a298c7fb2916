// Loads the demo site into a new, empty database: two warehouses, users for every role, master
// data through the same writers the admin import uses, and opening stock as movements.
import type { Store } from '../store/store.ts';
import { createUser } from '../auth/create-user.ts';
import { writeItems } from '../import/items.ts';
import { writeLocations } from '../import/locations.ts';
import { postMovement } from '../stock/ledger.ts';
import { demoItems, demoLocations, demoStock, demoUsers } from './generate.ts';
import { seedReceipts } from '../tasks/receiving/demo.ts';
import { seedPickLists } from '../tasks/picking/demo.ts';
import { seedCounting } from '../tasks/counting/demo.ts';
import { seedShipping } from '../tasks/shipping/demo.ts';

export const DEMO_WAREHOUSES = [
  { id: 'WH1', name: 'Main warehouse' },
  { id: 'WH2', name: 'North depot' },
];

export async function seedDemoIfEmpty(store: Store): Promise<boolean> {
  const any = await store.db.selectFrom('warehouses').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await seedDemo(store);
  return true;
}

export async function seedDemo(store: Store): Promise<void> {
  await store.db
    .insertInto('warehouses')
    .values(DEMO_WAREHOUSES.map((w) => ({ ...w, version: 0 })))
    .execute();
  await seedWarehouse(store, 'WH1', demoLocations(), demoItems(300, '590123'));
  const north = demoLocations().filter((l) => /^(DOCK-1|A-0[1-3]-\d|OUT-1|QUAR-1)$/.test(l.code));
  const northItems = demoItems(20, '590124').map((i) => ({
    ...i,
    homeLocation: 'A-01-1',
    zone: 'A',
  }));
  await seedWarehouse(store, 'WH2', north, northItems);
  for (const u of demoUsers) await createUser(store, u);
  for (const w of DEMO_WAREHOUSES) await seedReceipts(store, w.id);
  for (const w of DEMO_WAREHOUSES) await seedPickLists(store, w.id);
  for (const w of DEMO_WAREHOUSES) await seedCounting(store, w.id);
  for (const w of DEMO_WAREHOUSES) await seedShipping(store, w.id);
}

async function seedWarehouse(
  store: Store,
  warehouseId: string,
  locations: ReturnType<typeof demoLocations>,
  items: ReturnType<typeof demoItems>,
) {
  const now = Date.now();
  await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    await writeLocations(trx, warehouseId, version, locations);
    await writeItems(trx, warehouseId, version, items);
    for (const [i, s] of demoStock(items).entries()) {
      await postMovement(
        { trx, warehouseId, version },
        {
          ...s,
          delta: s.qty,
          id: `opening:${warehouseId}/${i}`,
          kind: 'opening',
          reason: 'Opening stock',
          at: now,
        },
      );
    }
  });
}
