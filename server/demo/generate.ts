// Demo master data that looks like a real site, generated deterministically: aisle-bay-level
// locations in a snake walking order, ~300 items with valid GTIN-13 eaches and GTIN-14 cases.
import { gs1CheckDigit } from '#core/barcode/check-digit.ts';
import type { Item, Location } from '#core/entities.ts';

/** A small seeded PRNG (mulberry32) so every new demo database is the same. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const withCheckDigit = (body: string): string => body + String(gs1CheckDigit(body));

/** GTIN-14 of a pack: indicator digit, the each's GTIN-13 without its check digit, new check digit. */
export const packGtin = (indicator: number, each13: string): string =>
  withCheckDigit(String(indicator) + each13.slice(0, 12));

const AISLES = ['A', 'B', 'C', 'D'];
const BAYS = 6;
const LEVELS = 2;

export function demoLocations(): Location[] {
  const locs: Location[] = [];
  let seq = 0;
  const add = (code: string, zone: string, kind: Location['kind']) =>
    locs.push({ code, barcode: code, zone, kind, walkSeq: (seq += 10) });
  add('DOCK-1', 'DOCK', 'dock');
  add('DOCK-2', 'DOCK', 'dock');
  AISLES.forEach((aisle, a) => {
    // Snake route: odd aisles are walked back down, so a picker never doubles back.
    const bays = Array.from({ length: BAYS }, (_, i) => i + 1);
    for (const bay of a % 2 === 0 ? bays : bays.reverse()) {
      for (let level = 1; level <= LEVELS; level++)
        add(`${aisle}-${String(bay).padStart(2, '0')}-${level}`, aisle, 'storage');
    }
  });
  for (let r = 1; r <= 6; r++) add(`R-0${r}`, 'R', 'storage');
  add('OUT-1', 'OUT', 'outbound');
  add('OUT-2', 'OUT', 'outbound');
  add('QUAR-1', 'QUAR', 'quarantine');
  add('QUAR-2', 'QUAR', 'quarantine');
  return locs;
}

const NOUNS = [
  ['Hex bolt', 'M6×30', 'M8×40', 'M10×60'],
  ['Wood screw', '4×40', '5×60', '6×80'],
  ['Cable tie', '200 mm', '300 mm', '450 mm'],
  ['Safety gloves', 'size 8', 'size 9', 'size 10'],
  ['Packing tape', '48 mm clear', '48 mm brown', '75 mm clear'],
  ['LED bulb', 'E27 9 W', 'E14 5 W', 'GU10 4 W'],
  ['Extension lead', '4-way 2 m', '6-way 3 m', '4-way 5 m'],
  ['Paint roller', '180 mm', '250 mm', 'mini 100 mm'],
  ['Storage box', '10 l', '32 l', '64 l'],
  ['Hand cleaner', '250 ml', '500 ml', '2 l'],
];
const PERISHABLE = [
  ['Olive oil', '1 l'],
  ['Canned tomatoes', '400 g'],
  ['Basmati rice', '2 kg'],
  ['Instant coffee', '200 g'],
  ['Vitamin C tablets', '60 pcs'],
  ['Hand sanitiser', '500 ml'],
  ['Baby formula', '800 g'],
  ['Green tea', '100 bags'],
  ['Wound dressing', 'sterile 10 pcs'],
  ['Sunflower seeds', '500 g'],
  ['Dark chocolate', '100 g'],
  ['Oat milk', '1 l'],
];
const SERIALISED = [
  ['Cordless drill', '18 V'],
  ['Angle grinder', '125 mm'],
  ['Laser level', 'cross-line'],
];
const COLOURS = ['black', 'white', 'grey', 'blue', 'red', 'green', 'yellow'];
const CASE_SIZES = [6, 12, 24];

export function demoItems(count = 300, gtinPrefix = '590123'): Item[] {
  const rand = prng(20261122);
  const homes = demoLocations().filter((l) => l.kind === 'storage' && l.code.endsWith('-1'));
  const items: Item[] = [];
  for (let i = 0; i < count; i++) {
    const sku = `SKU-${10001 + i}`;
    const perishable =
      i % 25 === 7 ? PERISHABLE[Math.floor(i / 25) % PERISHABLE.length] : undefined;
    const serial = i % 100 === 42 ? SERIALISED[Math.floor(i / 100) % SERIALISED.length] : undefined;
    const noun = NOUNS[i % NOUNS.length]!;
    const description = perishable
      ? `${perishable[0]} ${perishable[1]}`
      : serial
        ? `${serial[0]} ${serial[1]}`
        : `${noun[0]} ${noun[1 + (Math.floor(i / NOUNS.length) % 3)]}, ${COLOURS[Math.floor(i / 30) % COLOURS.length]}`;
    const each = withCheckDigit(gtinPrefix + String(100000 + i).slice(-6));
    const caseQty = CASE_SIZES[i % CASE_SIZES.length]!;
    const home = homes[i % homes.length]!;
    items.push({
      sku,
      description,
      unit: 'EA',
      lotTracked: Boolean(perishable),
      expiryTracked: Boolean(perishable),
      serialTracked: Boolean(serial),
      // Food arrives with at least a month left and ships with at least a week (R9, K8).
      minShelfDaysReceive: perishable ? 30 : 0,
      minShelfDaysShip: perishable ? 7 : 0,
      unitValue: Math.round(50 + rand() * (serial ? 20000 : 3000)),
      zone: home.zone,
      homeLocation: home.code,
      barcodes: [
        { code: each, packQty: 1 },
        { code: packGtin(1, each), packQty: caseQty },
      ],
    });
  }
  return items;
}

export interface OpeningStock {
  location: string;
  sku: string;
  lot: string;
  expiry: string;
  qty: number;
}

export function demoStock(items: readonly Item[]): OpeningStock[] {
  const rand = prng(7);
  const reserve = demoLocations().filter((l) => l.code.startsWith('R-'));
  const out: OpeningStock[] = [];
  items.forEach((item, i) => {
    const lot = item.lotTracked ? `L26${String(100 + i).slice(-3)}` : '';
    const expiry = item.expiryTracked ? `2027-${String(1 + (i % 12)).padStart(2, '0')}-28` : '';
    out.push({
      location: item.homeLocation!,
      sku: item.sku,
      lot,
      expiry,
      qty: 5 + Math.floor(rand() * 60),
    });
    if (i % 3 === 0) {
      const caseQty = item.barcodes[1]?.packQty ?? 1;
      out.push({
        location: reserve[i % reserve.length]!.code,
        sku: item.sku,
        lot,
        expiry,
        qty: caseQty * (1 + Math.floor(rand() * 4)),
      });
    }
  });
  return out;
}

export interface DemoUser {
  username: string;
  name: string;
  password: string;
  roles: string[];
  warehouses: string[];
}

/** Passwords are listed in README.md; they are for the demo database only. */
export const demoUsers: DemoUser[] = [
  {
    username: 'picker',
    name: 'Pat Picker',
    password: 'picker123',
    roles: ['picker'],
    warehouses: ['WH1'],
  },
  {
    username: 'picker2',
    name: 'Li Na',
    password: 'picker123',
    roles: ['picker', 'counter'],
    warehouses: ['WH1'],
  },
  {
    username: 'receiver',
    name: 'Rita Receiver',
    password: 'receiver123',
    roles: ['receiver'],
    warehouses: ['WH1'],
  },
  {
    username: 'counter',
    name: 'Chen Counter',
    password: 'counter123',
    roles: ['counter'],
    warehouses: ['WH1'],
  },
  {
    username: 'supervisor',
    name: 'Sam Supervisor',
    password: 'supervisor123',
    roles: ['supervisor'],
    warehouses: ['WH1', 'WH2'],
  },
  {
    username: 'admin',
    name: 'Alex Admin',
    password: 'admin123',
    roles: ['admin'],
    warehouses: ['WH1', 'WH2'],
  },
  {
    username: 'north',
    name: 'Nora North',
    password: 'north123',
    roles: ['picker', 'receiver', 'counter'],
    warehouses: ['WH2'],
  },
];
