// Audit rows for administration: one per warehouse the change touches, so each warehouse's
// console shows who changed its people and when; a change outside any warehouse is kept under ''.
import { audit } from '../console/audit.ts';
import type { Trx } from '../store/store.ts';

export interface AdminChange {
  by: string;
  at: number;
  action: string;
  targetKind: 'user' | 'warehouse';
  target: string;
  reason: string | null;
  data: Record<string, unknown>;
  warehouses: readonly string[];
}

export const GLOBAL_AUDIT = '';

export async function auditAdmin(trx: Trx, c: AdminChange): Promise<string[]> {
  const where = c.warehouses.length ? [...new Set(c.warehouses)] : [GLOBAL_AUDIT];
  const ids: string[] = [];
  for (const warehouseId of where) {
    ids.push(
      await audit(trx, {
        warehouseId,
        by: c.by,
        at: c.at,
        action: c.action,
        targetKind: c.targetKind,
        target: c.target,
        reason: c.reason,
        data: c.data,
      }),
    );
  }
  return ids;
}
