// SSCC serial ranges (S2): on each pull the server tops a device up to a shift's worth of free
// serials, from one allocator per company prefix and extension digit; a range is written once,
// to one device, and the allocator only moves forward. After a restore it jumps the gap.
import { sql } from 'kysely';
import { maxSerial } from '#core/shipping/sscc.ts';
import { rangesWanted } from '#core/shipping/serial-ranges.ts';
import type { SsccRangeRow } from '#core/shipping/entities.ts';
import { emitMany } from '../../sync/feed.ts';
import type { Store, Trx } from '../../store/store.ts';
import { DEFAULT_RANGE, loadSettings, scopeOf } from './rows.ts';

export const rangeKey = (deviceId: string, start: number): string => `${deviceId}|${start}`;

/** Serials this device holds and has not closed a carton with yet, as the server knows it. */
async function freeOf(trx: Trx, scope: string, deviceId: string): Promise<number> {
  const ranges = await trx
    .selectFrom('sscc_ranges')
    .select(['start_serial', 'end_serial'])
    .where('device_id', '=', deviceId)
    .where('scope', '=', scope)
    .execute();
  const issued = ranges.reduce((n, r) => n + Number(r.end_serial) - Number(r.start_serial) + 1, 0);
  const { n } = await trx
    .selectFrom('cartons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('closed_device', '=', deviceId)
    .where('sscc', 'like', `${scope}%`)
    .executeTakeFirstOrThrow();
  return issued - Number(n);
}

/** Moves the allocator forward by `count` serials and returns the first of them. */
async function take(trx: Trx, scope: string, count: number): Promise<number> {
  await trx
    .insertInto('sscc_allocators')
    .values({ scope, next: 1 })
    .onConflict((oc) => oc.column('scope').doNothing())
    .execute();
  const { rows } = await sql<{ next: number | string }>`
    update sscc_allocators set next = next + ${count} where scope = ${scope} returning next`.execute(
    trx,
  );
  return Number(rows[0]!.next) - count;
}

/** Tops the device up (S2); returns the version it wrote, or null when it had enough. */
export async function topUpRanges(
  store: Store,
  warehouseId: string,
  deviceId: string,
): Promise<void> {
  const version = await store.write(async (trx) => {
    const s = await loadSettings({ trx, warehouseId });
    if (!s) return null;
    const scope = scopeOf(s);
    const wanted = rangesWanted(await freeOf(trx, scope, deviceId), s.shiftCartons, s.rangeSize);
    if (!wanted) return null;
    const first = await take(trx, scope, wanted * s.rangeSize);
    const rows: SsccRangeRow[] = [];
    const now = Date.now();
    for (let i = 0; i < wanted; i++) {
      const start = first + i * s.rangeSize;
      const end = start + s.rangeSize - 1;
      if (end > maxSerial(s.companyPrefix)) break;
      rows.push({ key: rangeKey(deviceId, start), deviceId, start, end, issuedAt: now });
    }
    if (!rows.length) return null;
    const version = await store.nextVersion(trx, warehouseId);
    await trx
      .insertInto('sscc_ranges')
      .values(
        rows.map((r) => ({
          scope,
          start_serial: r.start,
          end_serial: r.end,
          device_id: deviceId,
          warehouse_id: warehouseId,
          issued_at: now,
        })),
      )
      .execute();
    await emitMany(
      { trx, warehouseId, version },
      'ssccRange',
      rows.map((r) => [r.key, r] as const),
    );
    return version;
  });
  if (version !== null) await store.notify(warehouseId, version);
}

/** A serial the server did not hand out since its last restore still moves the allocator past it. */
export async function liftAllocator(trx: Trx, scope: string, serial: number): Promise<void> {
  await trx
    .updateTable('sscc_allocators')
    .set({ next: serial + 1 })
    .where('scope', '=', scope)
    .where('next', '<=', serial)
    .execute();
}

/** `npm run db:new-epoch`: every allocator jumps its gap, past what the backup forgot (S2). */
export async function skipAfterRestore(store: Store): Promise<void> {
  const settings = await store.db.selectFrom('ship_settings').select('data').execute();
  const gaps = new Map<string, number>();
  for (const row of settings) {
    const s = { ...DEFAULT_RANGE, ...(JSON.parse(row.data) as Parameters<typeof scopeOf>[0]) };
    const scope = scopeOf(s);
    gaps.set(scope, Math.max(gaps.get(scope) ?? 0, s.restoreGap));
  }
  for (const [scope, gap] of gaps)
    await store.db
      .updateTable('sscc_allocators')
      .set((eb) => ({ next: eb('next', '+', gap) }))
      .where('scope', '=', scope)
      .execute();
}
