// Merges the per-task English message files into one catalogue. The Chinese catalogue
// (catalogue.zh-CN.ts) is typed against it, so a missing translation fails the type check; it is
// loaded only on a device set to Chinese, which keeps the app shell small.
import { barcodeEn } from './barcode.en.ts';
import { en as core } from './en.ts';
import { receivingEn } from './receiving.en.ts';
import { scanningEn } from './scanning.en.ts';
import { countingEn } from './counting.en.ts';
import { consoleEn } from './console.en.ts';
import { pickingEn } from './picking.en.ts';
import { goodsEn } from './goods.en.ts';
import { serialsEn } from './serials.en.ts';
import { continuityEn } from './continuity.en.ts';

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}${K}`]: string };

/** Barcode codes are shared with the server; in the catalogue they live under "barcode.". */
export const prefixed = <P extends string, T extends Readonly<Record<string, string>>>(
  prefix: P,
  o: T,
): Prefixed<P, T> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [prefix + k, v])) as Prefixed<P, T>;

const enAll = {
  ...core,
  ...prefixed('barcode.', barcodeEn),
  ...receivingEn,
  ...scanningEn,
  ...countingEn,
  ...consoleEn,
  ...pickingEn,
  ...goodsEn,
  ...serialsEn,
  ...continuityEn,
};
export type MessageKey = keyof typeof enAll;

export const enCatalogue: Record<MessageKey, string> = enAll;
