// Our format names <-> zxing-wasm 3.x names, and the text clean-ups that make its EAN/UPC output
// match the other engines (zxing-cpp reports UPC-A and UPC-E as 13-digit GTINs).

import type { ReadInputBarcodeFormat, ReadResult } from 'zxing-wasm/reader';
import type { BarcodeFormat, DecodedBarcode } from './engine.ts';

type ZxingFormat = ReadResult['format'];

const TO_ZXING = {
  ean13: ['EAN13'],
  ean8: ['EAN8'],
  upca: ['UPCA'],
  upce: ['UPCE'],
  code128: ['Code128'],
  // Standard and full ASCII (told apart by zxing-cpp's heuristic), but not Code 32 / PZN: a
  // location label must not come back converted into an Italian pharmacode.
  code39: ['Code39Std', 'Code39Ext'],
  itf: ['ITF'],
  qrcode: ['QRCode'],
  datamatrix: ['DataMatrix'],
  databar: ['DataBarOmni', 'DataBarStk', 'DataBarStkOmni'],
  'databar-expanded': ['DataBarExp', 'DataBarExpStk'],
  'databar-limited': ['DataBarLtd'],
} as const satisfies Record<BarcodeFormat, readonly ReadInputBarcodeFormat[]>;

const FROM_ZXING: Partial<Record<ZxingFormat, BarcodeFormat>> = {
  EAN13: 'ean13',
  ISBN: 'ean13',
  EAN8: 'ean8',
  UPCA: 'upca',
  UPCE: 'upce',
  Code128: 'code128',
  Code39: 'code39',
  Code39Std: 'code39',
  Code39Ext: 'code39',
  ITF: 'itf',
  ITF14: 'itf',
  QRCode: 'qrcode',
  QRCodeModel1: 'qrcode',
  QRCodeModel2: 'qrcode',
  MicroQRCode: 'qrcode',
  RMQRCode: 'qrcode',
  DataMatrix: 'datamatrix',
  DataBar: 'databar',
  DataBarOmni: 'databar',
  DataBarStk: 'databar',
  DataBarStkOmni: 'databar',
  DataBarExp: 'databar-expanded',
  DataBarExpStk: 'databar-expanded',
  DataBarLtd: 'databar-limited',
};

export const ZXING_WASM_FORMATS = Object.keys(TO_ZXING) as BarcodeFormat[];

export const toZxingFormats = (formats: readonly BarcodeFormat[]): ReadInputBarcodeFormat[] =>
  formats.flatMap((format) => TO_ZXING[format]);

/** UPC-E's own 8 digits, which zxing-cpp keeps in `extra` while `text` holds the GTIN-13. */
const upceDigits = (result: ReadResult): string | undefined => {
  try {
    const extra = JSON.parse(result.extra || '{}') as { UPCE?: unknown };
    return typeof extra.UPCE === 'string' ? extra.UPCE : undefined;
  } catch {
    return undefined;
  }
};

/** Bytes as ISO-8859-1, for content whose character set zxing-cpp could not resolve. */
const latin1 = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => String.fromCharCode(b)).join('');

const printedText = (format: BarcodeFormat, result: ReadResult): string => {
  // Plain mode leaves text empty for an unknown ECI character set; the bytes are still there.
  const text = result.text || latin1(result.bytes);
  if (format === 'upca' && text.length === 13 && text.startsWith('0')) return text.slice(1);
  if (format === 'upce') return upceDigits(result) ?? text;
  return text;
};

/**
 * An EAN-13 starting with 0 is a UPC-A symbol (same bars). zxing-cpp calls it EAN-13 whenever
 * EAN-13 is allowed; like ZXing Java and the other engines we call it UPC-A when that is allowed.
 */
const formatOf = (
  result: ReadResult,
  wanted: readonly BarcodeFormat[],
): BarcodeFormat | undefined => {
  const format = FROM_ZXING[result.format];
  const upca = format === 'ean13' && result.text.startsWith('0') && wanted.includes('upca');
  return upca ? 'upca' : format;
};

export function fromReadResult(
  result: ReadResult,
  wanted: readonly BarcodeFormat[],
): DecodedBarcode | undefined {
  const format = formatOf(result, wanted);
  if (!format || !result.isValid) return undefined;
  return {
    text: printedText(format, result),
    format,
    symbologyId: result.symbologyIdentifier || undefined,
    isGs1: result.contentType === 'GS1',
    // 2D symbols report 0: they have no scan lines, and their own error correction.
    ...(result.lineCount > 0 ? { lineCount: result.lineCount } : {}),
  };
}
