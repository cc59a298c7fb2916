// Builds the device-facing row of each entity from the server's tables, in one place, so
// imports, op handlers and the demo data all emit the same shape.
import type { Item, Location, Stock, ExceptionRow } from '#core/entities.ts';
import { stockKey } from '#core/entities.ts';
import type {
  ExceptionTable,
  ItemBarcodeTable,
  ItemTable,
  LocationTable,
  StockTable,
} from '../store/schema.ts';

export const itemRow = (i: ItemTable, barcodes: readonly ItemBarcodeTable[]): Item => ({
  sku: i.sku,
  description: i.description,
  unit: i.unit,
  lotTracked: i.lot_tracked === 1,
  expiryTracked: i.expiry_tracked === 1,
  serialTracked: i.serial_tracked === 1,
  unitValue: Number(i.unit_value),
  zone: i.zone,
  homeLocation: i.home_location,
  minShelfDaysReceive: Number(i.min_shelf_days_receive ?? 0),
  minShelfDaysShip: Number(i.min_shelf_days_ship ?? 0),
  barcodes: barcodes.map((b) => ({ code: b.code, packQty: b.pack_qty })),
});

export const locationRow = (l: LocationTable): Location => ({
  code: l.code,
  barcode: l.barcode,
  zone: l.zone,
  kind: l.kind as Location['kind'],
  walkSeq: l.walk_seq,
});

export const stockRow = (
  s: Pick<StockTable, 'location' | 'sku' | 'lot' | 'expiry' | 'qty'>,
): Stock => ({
  key: stockKey(s.location, s.sku, s.lot, s.expiry),
  location: s.location,
  sku: s.sku,
  lot: s.lot,
  expiry: s.expiry,
  qty: Number(s.qty),
});

export const exceptionRow = (x: ExceptionTable): ExceptionRow => ({
  id: x.id,
  kind: x.kind,
  status: x.status,
  opId: x.op_id,
  deviceId: x.device_id,
  userId: x.user_id,
  at: Number(x.at),
  message: x.message,
  said: JSON.parse(x.said) as Record<string, unknown>,
  believed: JSON.parse(x.believed) as Record<string, unknown>,
});
