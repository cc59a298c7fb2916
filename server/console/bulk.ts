// Resolving many exceptions with one reason (issue 17: "bulk resolve where the action allows
// it"). Only an action that posts no stock can be applied in bulk: each exception is resolved in
// its own transaction through actOnException with an empty expected effect, so if the book
// changed and the action would now post a movement it is refused for that exception instead of
// posting something nobody saw. Every exception answers on its own: resolved, or why not.
import { z } from 'zod';
import { xActions, type XAction } from '#core/console-actions.ts';
import type { UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/store.ts';
import { actOnException } from './actions.ts';
import { offersFor } from './offers.ts';

export const BULK_MAX = 100;

export const bulkSchema = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1).max(BULK_MAX),
  action: z.enum(xActions as [XAction, ...XAction[]]),
  reason: z.string().trim().min(3).max(500),
});
export type BulkRequest = z.infer<typeof bulkSchema>;

export interface BulkResult {
  id: string;
  ok: boolean;
  resolution?: string | null;
  code?: string;
}

export async function bulkResolve(
  store: Store,
  warehouseId: string,
  user: UserInfo,
  b: BulkRequest,
): Promise<{ resolved: number; results: BulkResult[] }> {
  const results: BulkResult[] = [];
  for (const id of [...new Set(b.ids)]) {
    const x = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!x) {
      results.push({ id, ok: false, code: 'NOT_FOUND' });
      continue;
    }
    const offer = (await offersFor({ trx: store.db, warehouseId }, x)).find(
      (o) => o.action === b.action,
    );
    if (offer && offer.movements.length) {
      results.push({ id, ok: false, code: 'NEEDS_OWN_CONFIRM' });
      continue;
    }
    try {
      const r = await actOnException(store, warehouseId, id, user, {
        action: b.action,
        reason: b.reason,
        expect: [],
      });
      results.push({ id, ok: true, resolution: r.resolution });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      results.push({ id, ok: false, code: e.code });
    }
  }
  return { resolved: results.filter((r) => r.ok).length, results };
}
