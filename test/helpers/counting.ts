// Test helpers for counting: count ops for a SimDevice, supervisor calls, and reads of book
// stock, variances and flags straight from the store.
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';
import type { HttpClient, Res } from './http-client.ts';
import type { SimDevice } from './sim-device.ts';
import type { Store } from '../../server/store/store.ts';

export interface Counted {
  sku: string;
  qty: number;
  lot?: string;
  expiry?: string;
}

export function count(
  dev: SimDevice,
  task: string | null,
  location: string,
  lines: Counted[],
): OpEnvelope {
  return dev.op('count.location', {
    task,
    location,
    lines: lines.map((l) => ({ lot: '', expiry: '', ...l })),
    empty: lines.length === 0,
  });
}

export const sup = (wh = 'WH1') => `/api/supervisor/warehouses/${wh}`;

export async function createTask(
  client: HttpClient,
  body: Record<string, unknown>,
): Promise<Res<{ id: string; locations: number }>> {
  return client.post<{ id: string; locations: number }>(`${sup()}/count-tasks`, body);
}

export interface VarianceSummary {
  id: string;
  location: string;
  status: string;
  lines: { sku: string; delta: number; book: number; counted: number }[];
}

export async function variancesAt(store: Store, location: string): Promise<VarianceSummary[]> {
  const rows = await store.db
    .selectFrom('count_variances')
    .selectAll()
    .where('location', '=', location)
    .orderBy('counted_at')
    .execute();
  return rows.map((v) => ({
    id: v.id,
    location: v.location,
    status: v.status,
    lines: JSON.parse(v.lines) as VarianceSummary['lines'],
  }));
}

export async function bookAt(store: Store, location: string, wh = 'WH1') {
  const rows = await store.db
    .selectFrom('stock')
    .select(['sku', 'lot', 'expiry', 'qty'])
    .where('warehouse_id', '=', wh)
    .where('location', '=', location)
    .where('qty', '!=', 0)
    .orderBy('sku')
    .execute();
  return rows.map((r) => ({ sku: r.sku, lot: r.lot, expiry: r.expiry, qty: Number(r.qty) }));
}

export async function openFlags(store: Store, location: string): Promise<string[]> {
  const rows = await store.db
    .selectFrom('location_flags')
    .select('reason')
    .where('location', '=', location)
    .where('cleared_at', 'is', null)
    .execute();
  return rows.map((r) => r.reason);
}

/** Open recount tasks that have this location pending. */
export async function recountTasksAt(store: Store, location: string) {
  return store.db
    .selectFrom('count_tasks as t')
    .innerJoin('count_task_locations as l', (j) =>
      j.onRef('l.warehouse_id', '=', 't.warehouse_id').onRef('l.task', '=', 't.id'),
    )
    .select(['t.id', 't.recount_of', 't.not_by'])
    .where('t.kind', '=', 'recount')
    .where('t.status', '=', 'open')
    .where('l.location', '=', location)
    .where('l.status', '=', 'pending')
    .execute();
}

export async function movementsOfKind(store: Store, location: string, kind: string) {
  return store.db
    .selectFrom('movements')
    .selectAll()
    .where('location', '=', location)
    .where('kind', '=', kind)
    .execute();
}
