// Effects an op has on synced state that both sides compute the same way: the server writes
// them, the device replays them over its base tables to show pending work.

export interface StockDelta {
  location: string;
  sku: string;
  lot: string;
  expiry: string;
  delta: number;
}
