// The platform's BarcodeDetector (Shape Detection API): Chrome on Android, ChromeOS and macOS.
// Absent on desktop Linux/Windows, Firefox and iOS, so it is feature-detected, and the formats it
// supports are asked for, never assumed. It runs off the main thread inside the browser.

import type { BarcodeFormat, DecodedBarcode, DecoderEngine } from './engine.ts';

// Not in TypeScript's DOM lib yet: the part of the API we use.
interface DetectedBarcode {
  rawValue: string;
  format: string;
}
interface Detector {
  detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
interface DetectorClass {
  new (options?: { formats?: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

const TO_NATIVE: Partial<Record<BarcodeFormat, string>> = {
  ean13: 'ean_13',
  ean8: 'ean_8',
  upca: 'upc_a',
  upce: 'upc_e',
  code128: 'code_128',
  code39: 'code_39',
  itf: 'itf',
  qrcode: 'qr_code',
  datamatrix: 'data_matrix',
};
const FROM_NATIVE = new Map(Object.entries(TO_NATIVE).map(([ours, native]) => [native, ours]));
const GS1_PREFIXES = [']C1', ']d2', ']Q3', ']e0'];
// FNC1 in first position is what makes these GS1, so a leading GS proves the identifier.
const GS1_IDS: Partial<Record<BarcodeFormat, string>> = {
  code128: ']C1',
  datamatrix: ']d2',
  qrcode: ']Q3',
};

const detectorClass = (): DetectorClass | undefined =>
  (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;

/** The warehouse formats this platform's detector supports; empty when there is none. */
export async function nativeFormats(): Promise<BarcodeFormat[]> {
  const Detector = detectorClass();
  if (!Detector) return [];
  try {
    const supported = new Set(await Detector.getSupportedFormats());
    return (Object.keys(TO_NATIVE) as BarcodeFormat[]).filter((f) => supported.has(TO_NATIVE[f]!));
  } catch {
    return [];
  }
}

// Platforms differ in what rawValue holds for GS1: accept a symbology prefix or a leading GS.
function toDecoded(barcode: DetectedBarcode): DecodedBarcode | undefined {
  const format = FROM_NATIVE.get(barcode.format) as BarcodeFormat | undefined;
  if (!format) return undefined;
  const raw = barcode.rawValue;
  const prefix = GS1_PREFIXES.find((p) => raw.startsWith(p));
  if (prefix) return { text: raw.slice(3), format, symbologyId: prefix, isGs1: true };
  const gs1Id = GS1_IDS[format];
  if (gs1Id && raw.startsWith('\u001d')) {
    return { text: raw.slice(1), format, symbologyId: gs1Id, isGs1: true };
  }
  return { text: raw, format };
}

export class NativeEngine implements DecoderEngine {
  readonly name = 'native';
  private readonly detectors = new Map<string, Detector>();
  private disposed = false;

  constructor(
    readonly formats: readonly BarcodeFormat[],
    private readonly Detector: DetectorClass,
  ) {}

  async decode(frame: ImageData, opts: { formats?: readonly BarcodeFormat[] } = {}) {
    if (this.disposed) throw new DOMException('Decoder disposed', 'AbortError');
    const wanted = (opts.formats ?? this.formats).filter((f) => this.formats.includes(f));
    // The constructor rejects an empty format list.
    if (wanted.length === 0) return [];
    const key = wanted.join();
    const detector =
      this.detectors.get(key) ?? new this.Detector({ formats: wanted.map((f) => TO_NATIVE[f]!) });
    this.detectors.set(key, detector);
    const found = await detector.detect(frame);
    return found.map(toDecoded).filter((barcode) => barcode !== undefined);
  }

  dispose(): void {
    this.disposed = true;
    this.detectors.clear();
  }
}

/** A native engine, or null where the platform has no detector for any warehouse format. */
export async function createNativeEngine(): Promise<NativeEngine | null> {
  const Detector = detectorClass();
  const formats = await nativeFormats();
  return Detector && formats.length > 0 ? new NativeEngine(formats, Detector) : null;
}
