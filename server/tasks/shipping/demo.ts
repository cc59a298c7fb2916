// Demo shipping data for WH1: settings (a GS1 company prefix, ship-from, weight tolerance), unit
// weights of the demo items, ship-to for every order of the demo pick lists plus PL-3004 (a
// batch of three more orders), and two routes: R-NORTH (VAN-01, PL-3001's three orders) and
// R-SOUTH (VAN-02, four stops). Written through the import writers.
import type { Store } from '../../store/store.ts';
import type { ShipOrder } from '#core/shipping/entities.ts';
import { writePickLists } from '../picking/import-write.ts';
import { emitMany } from '../../sync/feed.ts';
import { saveSettings, DEFAULT_RANGE } from './rows.ts';
import { writeOrders } from './import-orders.ts';
import { writeRoutes, type NewRoute } from './import-routes.ts';

const customers: [
  order: string,
  list: string,
  name: string,
  street: string,
  city: string,
  phone: string,
][] = [
  ['SO-5001', 'PL-3001', 'Corner Shop', '5 High Street', 'Shelbyville', '555-0101'],
  ['SO-5002', 'PL-3001', 'Green Grocer', '18 Market Lane', 'Shelbyville', '555-0102'],
  ['SO-5003', 'PL-3001', '北城便利店', '北京路 88 号', '上海', '021-5550103'],
  ['SO-5004', 'PL-3002', 'Harbour Cafe', '2 Quay Side', 'Ogdenville', '555-0104'],
  ['SO-5005', 'PL-3003', 'Hill Pharmacy', '40 Summit Road', 'Ogdenville', '555-0105'],
  ['SO-5006', 'PL-3004', 'Station Kiosk', '1 Platform Way', 'North Haverbrook', '555-0106'],
  ['SO-5007', 'PL-3004', 'Lakeside Deli', '9 Shore Drive', 'North Haverbrook', '555-0107'],
  ['SO-5008', 'PL-3004', 'Old Mill Bakery', '3 Mill Lane', 'Springfield', '555-0108'],
];

const routes: [route: string, vehicle: string, orders: string[]][] = [
  ['R-NORTH', 'VAN-01', ['SO-5001', 'SO-5002', 'SO-5003']],
  ['R-SOUTH', 'VAN-02', ['SO-5004', 'SO-5005', 'SO-5006', 'SO-5007']],
];

export async function seedShipping(store: Store, warehouseId: string): Promise<void> {
  if (warehouseId !== 'WH1') return;
  const today = new Date().toISOString().slice(0, 10);
  await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    const w = { trx, warehouseId, version };
    const homes = new Map(
      (
        await trx
          .selectFrom('items')
          .select(['sku', 'home_location'])
          .where('warehouse_id', '=', warehouseId)
          .execute()
      ).map((i) => [i.sku, i.home_location ?? 'A-01-1']),
    );
    const line = (n: number, order: string, tote: string, sku: string, qty: number) => ({
      line: n,
      order,
      tote,
      sku,
      qty,
      location: homes.get(sku) ?? 'A-01-1',
    });
    await writePickLists(trx, warehouseId, version, [
      {
        number: 'PL-3004',
        barcode: 'PL-3004',
        kind: 'batch',
        assignedTo: null,
        lines: [
          line(1, 'SO-5006', 'TOTE-04', 'SKU-10005', 2),
          line(2, 'SO-5007', 'TOTE-05', 'SKU-10006', 1),
          line(3, 'SO-5008', 'TOTE-06', 'SKU-10007', 4),
        ],
      },
    ]);
    await saveSettings(w, {
      key: 'settings',
      extensionDigit: 0,
      companyPrefix: '5901234',
      shipFrom: { name: 'FloorSync Main Warehouse', lines: ['1 Dock Road', 'Springfield'] },
      tolerancePct: 10,
      toleranceMinGrams: 100,
      ...DEFAULT_RANGE,
    });
    const skus = await trx
      .selectFrom('items')
      .select('sku')
      .where('warehouse_id', '=', warehouseId)
      .execute();
    const weights = skus.map(({ sku }, i) => ({ sku, grams: 200 + (i % 10) * 50 }));
    for (const x of weights)
      await trx
        .insertInto('item_weights')
        .values({ warehouse_id: warehouseId, ...x })
        .execute();
    await emitMany(
      w,
      'itemWeight',
      weights.map((x) => [x.sku, x] as const),
    );
    const orders: ShipOrder[] = customers.map(([order, list, name, street, city, phone]) => ({
      order,
      list,
      shipTo: { name, address: [street, city], phone },
      requestedDate: today,
      route: null,
      stop: null,
    }));
    await writeOrders(trx, warehouseId, version, orders);
    const newRoutes: NewRoute[] = routes.map(([route, vehicle, list]) => ({
      route: {
        route,
        vehicle,
        date: today,
        stops: list.map((order, i) => ({ stop: i + 1, orders: [order] })),
        status: 'planned',
      },
      orders: list.map((order, i) => ({
        ...orders.find((o) => o.order === order)!,
        route,
        stop: i + 1,
      })),
    }));
    await writeRoutes(trx, warehouseId, version, newRoutes);
  });
}
