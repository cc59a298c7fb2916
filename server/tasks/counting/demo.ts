// Demo count task: a blind cycle count of aisle B in WH1, assigned to the demo counter, due today.
import { localDate } from '../receiving/demo.ts';
import { createCountTask } from './tasks.ts';
import type { Store } from '../../store/store.ts';

export async function seedCounting(store: Store, warehouseId: string): Promise<void> {
  if (warehouseId !== 'WH1') return;
  const counter = await store.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'counter')
    .executeTakeFirst();
  await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    const locations = await trx
      .selectFrom('locations')
      .select(['code', 'walk_seq'])
      .where('warehouse_id', '=', warehouseId)
      .where('code', 'like', 'B-%')
      .orderBy('walk_seq')
      .execute();
    await createCountTask(
      { trx, warehouseId, version },
      {
        id: 'CT-0001',
        blind: true,
        assignedTo: counter?.id ?? null,
        dueDate: localDate(0),
        tolerance: { kind: 'qty', value: 0 },
        note: 'Cycle count, aisle B',
        createdBy: null,
        at: Date.now(),
        locations: locations.map((l) => ({ code: l.code, walkSeq: Number(l.walk_seq) })),
      },
    );
  });
}
