// Kysely table types for picking (migration 0004-picking). Arrays are JSON text.
export interface PickListTable {
  warehouse_id: string;
  number: string;
  barcode: string;
  /** 'single' | 'batch' */
  kind: string;
  /** JSON [{ order, tote }] */
  orders: string;
  assigned_to: string | null;
  /** 'open' | 'claimed' | 'complete' */
  status: string;
  claimed_by: string | null;
  claimed_device: string | null;
  claimed_at: number | null;
  completed_by: string | null;
  completed_at: number | null;
  created_at: number;
  /** Migration 0011: the last release of a claim. */
  released_by: string | null;
  released_at: number | null;
}

export interface PickLineTable {
  warehouse_id: string;
  list: string;
  line: number;
  order_no: string;
  tote: string | null;
  sku: string;
  location: string;
  qty: number;
  picked_qty: number;
  /** 'open' | 'picked' | 'short' */
  status: string;
  short_reason: string | null;
  /** JSON array of lots picked */
  lots: string;
  /** Migration 0011: 'blocked' | 'out_of_reach' | 'too_heavy' when left for another picker. */
  defer_reason: string | null;
  deferred_by: string | null;
}

export interface PickingTables {
  pick_lists: PickListTable;
  pick_lines: PickLineTable;
}
