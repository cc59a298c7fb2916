// Merges the per-task message files into one catalogue per language. A task's zh-CN file is
// typed against its en file, so a missing translation fails the type check.
import { barcodeEn } from './barcode.en.ts';
import { barcodeZhCN } from './barcode.zh-CN.ts';
import { en as core } from './en.ts';
import { zhCN as coreZh } from './zh-CN.ts';
import { receivingEn } from './receiving.en.ts';
import { receivingZhCN } from './receiving.zh-CN.ts';
import { scanningEn } from './scanning.en.ts';
import { scanningZhCN } from './scanning.zh-CN.ts';
import { countingEn } from './counting.en.ts';
import { countingZhCN } from './counting.zh-CN.ts';
import { consoleEn } from './console.en.ts';
import { consoleZhCN } from './console.zh-CN.ts';
import { pickingEn } from './picking.en.ts';
import { pickingZhCN } from './picking.zh-CN.ts';

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}${K}`]: string };

/** Barcode codes are shared with the server; in the catalogue they live under "barcode.". */
const prefixed = <P extends string, T extends Readonly<Record<string, string>>>(
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
};
export type MessageKey = keyof typeof enAll;

export const catalogues: Record<'en' | 'zh-CN', Record<MessageKey, string>> = {
  en: enAll,
  'zh-CN': {
    ...coreZh,
    ...prefixed('barcode.', barcodeZhCN),
    ...receivingZhCN,
    ...scanningZhCN,
    ...countingZhCN,
    ...consoleZhCN,
    ...pickingZhCN,
  },
};
