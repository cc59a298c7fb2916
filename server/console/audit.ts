// Writes one audit row per console action, in the action's transaction: who, when, what, why.
import { randomUUID } from 'node:crypto';
import type { Trx } from '../store/store.ts';

export interface AuditInput {
  warehouseId: string;
  by: string;
  at: number;
  action: string;
  targetKind: 'exception' | 'device' | 'user' | 'warehouse' | 'receipt';
  target: string;
  reason: string | null;
  data: Record<string, unknown>;
}

export async function audit(trx: Trx, a: AuditInput): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('console_actions')
    .values({
      id,
      warehouse_id: a.warehouseId,
      at: a.at,
      by_user: a.by,
      action: a.action,
      target_kind: a.targetKind,
      target: a.target,
      reason: a.reason,
      data: JSON.stringify(a.data),
    })
    .execute();
  return id;
}
