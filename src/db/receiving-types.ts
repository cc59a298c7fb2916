// Device-only receiving rows: the arrival (delivery) this device has open on a receipt. Its id
// goes into every receive op until the receiver finishes the delivery.
export interface ReceiptArrival {
  receipt: string;
  delivery: string;
  startedAt: number;
}
