// The Simplified Chinese catalogue, merged like the English one and typed against its keys. It is
// its own chunk: i18n.ts loads it when the device's language is Chinese.
import { prefixed, type MessageKey } from './catalogue.ts';
import { barcodeZhCN } from './barcode.zh-CN.ts';
import { zhCN as coreZh } from './zh-CN.ts';
import { receivingZhCN } from './receiving.zh-CN.ts';
import { scanningZhCN } from './scanning.zh-CN.ts';
import { countingZhCN } from './counting.zh-CN.ts';
import { consoleZhCN } from './console.zh-CN.ts';
import { pickingZhCN } from './picking.zh-CN.ts';
import { goodsZhCN } from './goods.zh-CN.ts';
import { serialsZhCN } from './serials.zh-CN.ts';
import { continuityZhCN } from './continuity.zh-CN.ts';

export const zhCNCatalogue: Record<MessageKey, string> = {
  ...coreZh,
  ...prefixed('barcode.', barcodeZhCN),
  ...receivingZhCN,
  ...scanningZhCN,
  ...countingZhCN,
  ...consoleZhCN,
  ...pickingZhCN,
  ...goodsZhCN,
  ...serialsZhCN,
  ...continuityZhCN,
};
