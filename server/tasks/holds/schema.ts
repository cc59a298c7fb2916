// Kysely types of the lot-hold table (migration 0016-lot-holds).
export interface LotHoldTable {
  warehouse_id: string;
  sku: string;
  lot: string;
  reason: string;
  held_by: string | null;
  held_at: number;
}

export interface HoldTables {
  lot_holds: LotHoldTable;
}
