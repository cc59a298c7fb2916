// Kysely table types for receiving (migration 0003-receiving). Arrays are JSON text.
export interface ReceiptTable {
  warehouse_id: string;
  number: string;
  barcode: string;
  supplier: string;
  due_date: string;
  /** 'purchase' | 'return' */
  type: string;
  dock: string;
  tolerance_pct: number;
  /** 'open' | 'complete' | 'closed' */
  status: string;
  closed_reason: string | null;
  closed_by: string | null;
  closed_at: number | null;
  created_at: number;
}

export interface ReceiptLineTable {
  warehouse_id: string;
  receipt: string;
  /** The line number as text, or '+SKU' for an item that was not on the receipt. */
  line_key: string;
  line: number | null;
  sku: string;
  expected_qty: number;
  lot: string;
  expiry: string;
  serials: string;
  received_qty: number;
  damaged_qty: number;
  scrap_qty: number;
  received_serials: string;
  replaces_line: number | null;
}

export interface ReceiptDeliveryTable {
  warehouse_id: string;
  id: string;
  receipt: string;
  device_id: string;
  user_id: string;
  started_at: number;
  last_at: number;
  units: number;
  finished_at: number | null;
  /** 1 once an op of this delivery on a closed receipt raised its exception. */
  closed_flagged: number;
}

/** The receiving journal: one row per receive or undo op, as the office reads it. */
export interface ReceiptEventTable {
  op_id: string;
  warehouse_id: string;
  receipt: string;
  delivery: string;
  line_key: string;
  sku: string;
  /** Negative for an undo. */
  qty: number;
  lot: string;
  expiry: string;
  serials: string;
  condition: string;
  reason: string | null;
  note: string | null;
  location: string | null;
  has_photo: number;
  undoes: string | null;
  undone_by: string | null;
  user_id: string;
  device_id: string;
  at: number;
  version: number;
}

/** Photos of damaged units, one per receive op (id = op id), as JPEG data URLs. */
export interface ReceiptPhotoTable {
  id: string;
  warehouse_id: string;
  receipt: string;
  sku: string;
  data: string;
  at: number;
}

export interface ReceivingTables {
  receipts: ReceiptTable;
  receipt_lines: ReceiptLineTable;
  receipt_deliveries: ReceiptDeliveryTable;
  receipt_events: ReceiptEventTable;
  receipt_photos: ReceiptPhotoTable;
}
