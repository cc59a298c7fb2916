// Kysely table types for shipping prep (migration 0012-shipping). `data` is the synced row as
// JSON; the other columns are what queries select on.
export interface ShipOrderTable {
  warehouse_id: string;
  order_no: string;
  list: string;
  route: string | null;
  stop: number | null;
  data: string;
}

export interface ShipRouteTable {
  warehouse_id: string;
  route: string;
  vehicle: string;
  /** 'planned' | 'loading' | 'dispatched' */
  status: string;
  data: string;
}

export interface CartonTable {
  warehouse_id: string;
  id: string;
  order_no: string;
  /** 'open' | 'closed' */
  status: string;
  sscc: string | null;
  closed_device: string | null;
  data: string;
}

export interface PackedUnitsTable {
  warehouse_id: string;
  order_no: string;
  sku: string;
  qty: number;
}

export interface SsccAllocatorTable {
  /** `${extensionDigit}${companyPrefix}` */
  scope: string;
  next: number;
}

export interface SsccRangeTable {
  scope: string;
  start_serial: number;
  end_serial: number;
  device_id: string;
  warehouse_id: string;
  issued_at: number;
}

export interface ShipSettingsTable {
  warehouse_id: string;
  data: string;
}

export interface ItemWeightTable {
  warehouse_id: string;
  sku: string;
  grams: number;
}

export interface ShippingTables {
  ship_orders: ShipOrderTable;
  ship_routes: ShipRouteTable;
  cartons: CartonTable;
  packed_units: PackedUnitsTable;
  sscc_allocators: SsccAllocatorTable;
  sscc_ranges: SsccRangeTable;
  ship_settings: ShipSettingsTable;
  item_weights: ItemWeightTable;
}
