// Demo pick lists: a batch of three orders (one tote each, a lot-tracked food item among the
// lines), a single order assigned to the demo picker, and an open single order; lines pick from
// the items' home locations, written like an import.
import type { Store } from '../../store/store.ts';
import { writePickLists, type NewPickList } from './import-write.ts';

type Line = [order: string, tote: string | null, sku: string, qty: number];

const WH1: { number: string; kind: 'single' | 'batch'; assign?: string; lines: Line[] }[] = [
  {
    number: 'PL-3001',
    kind: 'batch',
    lines: [
      ['SO-5001', 'TOTE-01', 'SKU-10013', 2],
      ['SO-5002', 'TOTE-02', 'SKU-10002', 3],
      ['SO-5001', 'TOTE-01', 'SKU-10008', 1],
      ['SO-5003', 'TOTE-03', 'SKU-10030', 2],
      ['SO-5002', 'TOTE-02', 'SKU-10019', 1],
      ['SO-5003', 'TOTE-03', 'SKU-10002', 2],
    ],
  },
  {
    number: 'PL-3002',
    kind: 'single',
    assign: 'picker',
    lines: [
      ['SO-5004', null, 'SKU-10004', 2],
      ['SO-5004', null, 'SKU-10021', 1],
      ['SO-5004', null, 'SKU-10040', 3],
    ],
  },
  {
    number: 'PL-3003',
    kind: 'single',
    lines: [
      ['SO-5005', null, 'SKU-10011', 1],
      ['SO-5005', null, 'SKU-10025', 2],
    ],
  },
];

const WH2: typeof WH1 = [
  {
    number: 'PL-4001',
    kind: 'single',
    lines: [
      ['SO-6001', null, 'SKU-10001', 2],
      ['SO-6001', null, 'SKU-10003', 1],
    ],
  },
];

export async function seedPickLists(store: Store, warehouseId: string): Promise<void> {
  const specs = warehouseId === 'WH1' ? WH1 : warehouseId === 'WH2' ? WH2 : [];
  await store.write(async (trx) => {
    const homes = new Map(
      (
        await trx
          .selectFrom('items')
          .select(['sku', 'home_location'])
          .where('warehouse_id', '=', warehouseId)
          .execute()
      ).map((i) => [i.sku, i.home_location]),
    );
    const users = new Map(
      (await trx.selectFrom('users').select(['id', 'username']).execute()).map((u) => [
        u.username,
        u.id,
      ]),
    );
    const lists: NewPickList[] = specs.map((s) => ({
      number: s.number,
      barcode: s.number,
      kind: s.kind,
      assignedTo: s.assign ? (users.get(s.assign) ?? null) : null,
      lines: s.lines.map(([order, tote, sku, qty], i) => ({
        line: i + 1,
        order,
        tote,
        sku,
        qty,
        location: homes.get(sku) ?? 'A-01-1',
      })),
    }));
    const version = await store.nextVersion(trx, warehouseId);
    await writePickLists(trx, warehouseId, version, lists);
  });
}
