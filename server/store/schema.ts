// Table types for Kysely. Timestamps are ms since the epoch; booleans are 0/1 integers and JSON
// is stored as text, so one query path serves SQLite and PostgreSQL alike.
import type { ReceivingTables } from '../tasks/receiving/schema.ts';
import type { HoldTables } from '../tasks/holds/schema.ts';
import type { PickingTables } from '../tasks/picking/schema.ts';
import type { CountingTables } from '../tasks/counting/schema.ts';
import type { ConsoleTables } from './schema-console.ts';
import type { SecurityTables } from './schema-security.ts';
import type { ShippingTables } from '../tasks/shipping/schema.ts';

export interface MetaTable {
  key: string;
  value: string;
}

export interface WarehouseTable {
  id: string;
  name: string;
  /** Bumped under a row lock in every writing transaction; orders the change feed. */
  version: number;
}

export interface UserTable {
  id: string;
  username: string;
  name: string;
  password_hash: string;
  /** JSON array of role names. */
  roles: string;
  active: number;
  created_at: number;
  /** 1 after an administrator set the password: the user sets their own before working. */
  must_change_password: number;
  deactivated_at: number | null;
}

export interface UserWarehouseTable {
  user_id: string;
  warehouse_id: string;
}

export interface SessionTable {
  /** sha256 of the bearer token, hex: the token itself is never stored. */
  id: string;
  user_id: string;
  device_id: string | null;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
}

export interface LoginFailureTable {
  key: string;
  count: number;
  last_at: number;
  /** No attempt is heard before this time (0: free). */
  locked_until: number;
}

export interface DeviceTable {
  id: string;
  user_id: string;
  warehouse_id: string;
  last_seq: number;
  app_version: string;
  first_seen_at: number;
  last_seen_at: number;
  last_push_at: number | null;
  pending_count: number;
  oldest_pending_at: number | null;
  clock_offset_ms: number;
  storage_used: number | null;
  storage_quota: number | null;
  last_error: string | null;
  revoked_at: number | null;
}

export interface OpLogTable {
  device_id: string;
  seq: number;
  op_id: string;
  type: string;
  v: number;
  user_id: string;
  warehouse_id: string;
  device_at: number;
  received_at: number;
  base_version: number;
  payload: string;
  status: 'applied' | 'rejected';
  code: string | null;
  message: string | null;
  version: number | null;
  /** JSON array of { id, kind, message } raised by this op. */
  exceptions: string | null;
}

export interface ItemTable {
  warehouse_id: string;
  sku: string;
  description: string;
  unit: string;
  lot_tracked: number;
  expiry_tracked: number;
  serial_tracked: number;
  unit_value: number;
  zone: string | null;
  home_location: string | null;
  min_shelf_days_receive: number;
  min_shelf_days_ship: number;
}

export interface ItemBarcodeTable {
  warehouse_id: string;
  code: string;
  sku: string;
  pack_qty: number;
}

export interface LocationTable {
  warehouse_id: string;
  code: string;
  barcode: string;
  zone: string;
  kind: string;
  walk_seq: number;
}

export interface StockTable {
  warehouse_id: string;
  location: string;
  sku: string;
  lot: string;
  expiry: string;
  qty: number;
  /** Version of the last movement here: a count at an older baseVersion knows stock moved. */
  version: number;
}

export interface MovementTable {
  id: string;
  warehouse_id: string;
  version: number;
  at: number;
  kind: string;
  op_id: string | null;
  device_id: string | null;
  user_id: string | null;
  sku: string;
  location: string;
  lot: string;
  expiry: string;
  delta: number;
  reason: string | null;
  approved_by: string | null;
}

export interface ExceptionTable {
  id: string;
  warehouse_id: string;
  kind: string;
  status: 'open' | 'resolved';
  op_id: string | null;
  device_id: string | null;
  user_id: string | null;
  at: number;
  message: string;
  said: string;
  believed: string;
  ref: string | null;
  assigned_to: string | null;
  resolved_by: string | null;
  resolved_at: number | null;
  resolution: string | null;
  note: string | null;
}

export interface LocationFlagTable {
  id: string;
  warehouse_id: string;
  location: string;
  /** e.g. 'short-pick', 'count-moved', 'supervisor' */
  reason: string;
  ref: string | null;
  raised_by: string | null;
  raised_at: number;
  cleared_at: number | null;
  cleared_by: string | null;
}

export interface SyncRowTable {
  warehouse_id: string;
  entity: string;
  key: string;
  version: number;
  deleted: number;
  data: string | null;
}

export interface Database
  extends
    ReceivingTables,
    PickingTables,
    CountingTables,
    ConsoleTables,
    SecurityTables,
    ShippingTables,
    HoldTables {
  meta: MetaTable;
  warehouses: WarehouseTable;
  users: UserTable;
  user_warehouses: UserWarehouseTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  devices: DeviceTable;
  op_log: OpLogTable;
  items: ItemTable;
  item_barcodes: ItemBarcodeTable;
  locations: LocationTable;
  stock: StockTable;
  movements: MovementTable;
  exceptions: ExceptionTable;
  location_flags: LocationFlagTable;
  sync_rows: SyncRowTable;
}
