// Device-only receiving rows: the arrival (delivery) this device has open on a receipt. Its id
// goes into every receive op until the receiver finishes the delivery. A scan still waiting for
// its lot, expiry or serial is kept here too, so a reload does not lose it.
export interface ReceiptArrival {
  receipt: string;
  delivery: string;
  startedAt: number;
  /** The held scan (src/features/receiving/receive-flow.ts `Held`), or null. */
  held?: unknown;
}
