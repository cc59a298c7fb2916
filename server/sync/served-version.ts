// What the server actually sent each device: the highest feed version per warehouse that a
// pull answered with. An op's baseVersion says what the device had seen when it recorded the
// op; it can never honestly be more than this, so a larger claim (which would make a count
// immune to the moved-during-count rule) is cut down to it.
import { sql } from 'kysely';
import type { OpEnvelope } from '#core/ops/envelope.ts';
import type { Store, Trx } from '../store/store.ts';

export async function recordServed(
  store: Store,
  deviceId: string,
  warehouseId: string,
  version: number,
): Promise<void> {
  await store.db
    .insertInto('device_served')
    .values({ device_id: deviceId, warehouse_id: warehouseId, version })
    .onConflict((oc) =>
      oc.columns(['device_id', 'warehouse_id']).doUpdateSet({
        version: sql<number>`case when excluded.version > device_served.version then excluded.version else device_served.version end`,
      }),
    )
    .execute();
}

export async function servedVersion(
  trx: Trx,
  deviceId: string,
  warehouseId: string,
): Promise<number> {
  const row = await trx
    .selectFrom('device_served')
    .select('version')
    .where('device_id', '=', deviceId)
    .where('warehouse_id', '=', warehouseId)
    .executeTakeFirst();
  return Number(row?.version ?? 0);
}

export const clampBaseVersion = (op: OpEnvelope, served: number): OpEnvelope =>
  op.baseVersion > served ? { ...op, baseVersion: served } : op;
