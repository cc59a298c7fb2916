// The device database (IndexedDB through Dexie). What is stored where:
//   meta       device identity and seq counter, sync cursor/epoch, session, sync status
//   outbox     every op this device recorded, by seq; kept after confirmation for a while
//   items, locations, stock, users, exceptions, locationFlags
//              "base": server state of the signed-in warehouse, written only by pull
//   receipts, receiptLines, receiptDeliveries   base, for receiving
//   receiptArrivals   this device's open arrival (delivery) per receipt; device-only
//   pickLists, pickLines   base, for picking
//   countTasks, countTaskLocations   base, for counting
//   countDrafts       what the counter has found so far per location; device-only
//   shipOrders, shipRoutes, cartons, ssccRanges, shippingSettings, itemWeights   base, shipping
//   ssccWallet   every SSCC serial range this device was handed (kept across a reset snapshot)
//   ssccUsed     every serial this device took for a carton, taken before the close is recorded
//   lotHolds          lots a supervisor put on hold (base)
// Every transaction is strictly durable: a scan the worker heard succeed is on disk.
// Versions only ever go up; each bump carries the outbox forward (never recreate the DB).
import Dexie, { type Table } from 'dexie';
import type { ExceptionRow, Item, Location, LocationFlag, Stock, UserRow } from '#core/entities.ts';
import type { OutboxOp } from './outbox-types.ts';
import type { ReceiptArrival } from './receiving-types.ts';
import type { Receipt, ReceiptDelivery, ReceiptLine } from '#core/receiving/entities.ts';
import type { MetaRow } from './meta-types.ts';
import type { PickLine, PickList } from '#core/picking/entities.ts';
import type { CountTask, CountTaskLocation } from '#core/counting/entities.ts';
import type { CountDraft } from './counting-types.ts';
import type {
  Carton,
  ItemWeight,
  ShipOrder,
  ShipRoute,
  ShippingSettings,
  SsccRangeRow,
} from '#core/shipping/entities.ts';
import type { LotHold } from '#core/goods/lot-holds.ts';

export interface LocalItem extends Item {
  /** Every barcode code of the item, for the multi-entry index. */
  codes: string[];
}

export class FloorDb extends Dexie {
  meta!: Table<MetaRow, string>;
  outbox!: Table<OutboxOp, number>;
  items!: Table<LocalItem, string>;
  locations!: Table<Location, string>;
  stock!: Table<Stock, string>;
  users!: Table<UserRow, string>;
  exceptions!: Table<ExceptionRow, string>;
  locationFlags!: Table<LocationFlag, string>;
  receipts!: Table<Receipt, string>;
  receiptLines!: Table<ReceiptLine, string>;
  receiptDeliveries!: Table<ReceiptDelivery, string>;
  receiptArrivals!: Table<ReceiptArrival, string>;
  pickLists!: Table<PickList, string>;
  pickLines!: Table<PickLine, string>;
  countTasks!: Table<CountTask, string>;
  countTaskLocations!: Table<CountTaskLocation, string>;
  countDrafts!: Table<CountDraft, string>;
  shipOrders!: Table<ShipOrder, string>;
  shipRoutes!: Table<ShipRoute, string>;
  cartons!: Table<Carton, string>;
  ssccRanges!: Table<SsccRangeRow, string>;
  shippingSettings!: Table<ShippingSettings, string>;
  itemWeights!: Table<ItemWeight, string>;
  ssccWallet!: Table<{ start: number; end: number }, number>;
  ssccUsed!: Table<{ serial: number; at: number }, number>;
  lotHolds!: Table<LotHold, string>;

  constructor(name = 'floorsync') {
    super(name, { chromeTransactionDurability: 'strict' });
    // v1: the first schema.
    this.version(1).stores({
      meta: 'key',
      outbox: 'seq, &opId, status',
      items: 'sku, *codes',
      locations: 'code, &barcode, walkSeq',
      stock: 'key, location, sku',
      users: 'id',
      exceptions: 'id, opId, status',
    });
    // v2: locations flagged for a recount.
    this.version(2).stores({ locationFlags: 'id, location' });
    // v3: receiving: receipts, their lines and deliveries (base), open arrivals (device-only).
    this.version(3).stores({
      receipts: 'number, barcode, status',
      receiptLines: 'key, receipt',
      receiptDeliveries: 'id, receipt',
      receiptArrivals: 'receipt',
    });
    // v4: picking: pick lists and their lines (base).
    this.version(4).stores({ pickLists: 'number, barcode, status', pickLines: 'key, list' });
    // v5: counting: count tasks and their locations (base), counts in progress (device-only).
    this.version(5).stores({
      countTasks: 'id, status',
      countTaskLocations: 'key, task, location',
      countDrafts: 'key',
    });
    // v6: shipping prep: orders, routes, cartons, SSCC ranges, settings, weights (base); the
    // device's own SSCC wallet and used serials (device-only, never cleared by a snapshot).
    this.version(6).stores({
      shipOrders: 'order, list',
      shipRoutes: 'route',
      cartons: 'id, order',
      ssccRanges: 'key, deviceId',
      shippingSettings: 'key',
      itemWeights: 'sku',
      ssccWallet: 'start',
      ssccUsed: 'serial',
    });
    // v7: lots on hold (base).
    this.version(7).stores({ lotHolds: 'key, sku' });
  }
}

/** The tables pull writes, by feed entity name. */
export const baseTables = [
  'items',
  'locations',
  'stock',
  'users',
  'exceptions',
  'locationFlags',
  'receipts',
  'receiptLines',
  'receiptDeliveries',
  'pickLists',
  'pickLines',
  'countTasks',
  'countTaskLocations',
  'shipOrders',
  'shipRoutes',
  'cartons',
  'ssccRanges',
  'shippingSettings',
  'itemWeights',
  'lotHolds',
] as const;
export type BaseTable = (typeof baseTables)[number];

export const tableOfEntity: Record<string, BaseTable> = {
  item: 'items',
  location: 'locations',
  stock: 'stock',
  user: 'users',
  exception: 'exceptions',
  locationFlag: 'locationFlags',
  receipt: 'receipts',
  receiptLine: 'receiptLines',
  receiptDelivery: 'receiptDeliveries',
  pickList: 'pickLists',
  pickLine: 'pickLines',
  countTask: 'countTasks',
  countTaskLocation: 'countTaskLocations',
  shipOrder: 'shipOrders',
  shipRoute: 'shipRoutes',
  carton: 'cartons',
  ssccRange: 'ssccRanges',
  shippingSettings: 'shippingSettings',
  itemWeight: 'itemWeights',
  lotHold: 'lotHolds',
};

/** Turns a feed row into the row the base table stores (adds index fields). */
export function toLocalRow(entity: string, row: unknown): unknown {
  if (entity === 'item') {
    const item = row as Item;
    return { ...item, codes: item.barcodes.map((b) => b.code) } satisfies LocalItem;
  }
  return row;
}

export const db = new FloorDb();
