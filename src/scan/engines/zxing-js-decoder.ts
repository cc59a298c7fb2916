// @zxing/library (the TypeScript port of ZXing Java) as a FrameDecoder. One reader per option set,
// reused across frames, since building readers from hints is not free.

import {
  BarcodeFormat as ZxFormat,
  BinaryBitmap,
  DataMatrixReader,
  DecodeHintType,
  Exception as ZxingException,
  HybridBinarizer,
  MultiFormatOneDReader,
  QRCodeReader,
  type Reader,
  type Result,
  RGBLuminanceSource,
} from '@zxing/library';
import { fixCode128StartPattern } from './code128-start-fix.ts';
import type { BarcodeFormat, DecodedBarcode } from './engine.ts';
import { UpceReader } from './upce-reader.ts';
import type { FrameDecoder } from './worker-protocol.ts';
import { fromZxingJsText, ZXING_JS_FORMATS } from './zxing-js-result.ts';

// UPC-E is absent: the port's own reader is broken and UpceReader takes its place.
const ONE_D: Partial<Record<BarcodeFormat, ZxFormat>> = {
  ean13: ZxFormat.EAN_13,
  ean8: ZxFormat.EAN_8,
  upca: ZxFormat.UPC_A,
  code128: ZxFormat.CODE_128,
  code39: ZxFormat.CODE_39,
  itf: ZxFormat.ITF,
  databar: ZxFormat.RSS_14,
};
const FROM_ZX = new Map<ZxFormat, BarcodeFormat>([
  ...Object.entries(ONE_D).map(([ours, zx]) => [zx, ours as BarcodeFormat] as const),
  [ZxFormat.UPC_E, 'upce'],
  [ZxFormat.QR_CODE, 'qrcode'],
  [ZxFormat.DATA_MATRIX, 'datamatrix'],
]);

type Hints = Map<DecodeHintType, unknown>;

interface ReaderSet {
  readers: Reader[];
  hints: Hints;
}

// What MultiFormatReader.setHints builds, minus its console.warn on every frame without a code
// (0.23 logs each reader's NotFoundException as unexpected) and with UpceReader added.
function buildReaders(formats: readonly BarcodeFormat[], tryHarder: boolean): ReaderSet {
  const oneD = formats.flatMap((format) => ONE_D[format] ?? []);
  const hints: Hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, oneD],
    // Without it the port drops Code 128 FNC1 altogether, so GS1 separators would be lost.
    [DecodeHintType.ASSUME_GS1, true],
  ]);
  // The port treats any TRY_HARDER entry as "on", even `false`.
  if (tryHarder) hints.set(DecodeHintType.TRY_HARDER, true);
  const linear: Reader[] = [
    ...(oneD.length > 0 ? [new MultiFormatOneDReader(hints)] : []),
    ...(formats.includes('upce') ? [new UpceReader()] : []),
  ];
  const matrix: Reader[] = [
    ...(formats.includes('qrcode') ? [new QRCodeReader()] : []),
    ...(formats.includes('datamatrix') ? [new DataMatrixReader()] : []),
  ];
  // As in ZXing: linear first normally, last when trying harder (its full-height scan is slow).
  return { readers: tryHarder ? [...matrix, ...linear] : [...linear, ...matrix], hints };
}

/** Luminance as RGBLuminanceSource computes it, written into a buffer reused across frames. */
function luminance(frame: ImageData, into: Uint8ClampedArray): Uint8ClampedArray {
  const { data } = frame;
  for (let i = 0, p = 0; i < into.length; i++, p += 4) {
    into[i] = (data[p]! + 2 * data[p + 1]! + data[p + 2]!) >> 2;
  }
  return into;
}

function firstResult({ readers, hints }: ReaderSet, bitmap: BinaryBitmap): Result | undefined {
  for (const reader of readers) {
    try {
      return reader.decode(bitmap, hints);
    } catch (error) {
      // NotFound / Checksum / Format: this reader found nothing; anything else is a real fault.
      if (!(error instanceof ZxingException)) throw error;
    } finally {
      reader.reset();
    }
  }
  return undefined;
}

export function createZxingJsDecoder(): FrameDecoder {
  fixCode128StartPattern();
  const cache = new Map<string, ReaderSet>();
  let buffer = new Uint8ClampedArray(0);
  return {
    init: () => Promise.resolve(),
    decode(frame, formats, tryHarder): Promise<DecodedBarcode[]> {
      const wanted = (formats ?? ZXING_JS_FORMATS).filter((f) => ZXING_JS_FORMATS.includes(f));
      const key = `${wanted.join()}|${tryHarder}`;
      const readers = cache.get(key) ?? buildReaders(wanted, tryHarder);
      cache.set(key, readers);
      if (buffer.length !== frame.width * frame.height) {
        buffer = new Uint8ClampedArray(frame.width * frame.height);
      }
      const source = new RGBLuminanceSource(luminance(frame, buffer), frame.width, frame.height);
      const bitmap = new BinaryBitmap(new HybridBinarizer(source));
      const result = firstResult(readers, bitmap);
      const format = result && FROM_ZX.get(result.getBarcodeFormat());
      return Promise.resolve(format ? [fromZxingJsText(format, result.getText())] : []);
    },
  };
}
