// The decoder-engine contract: what the camera hands a decoder (one RGBA video frame) and what it
// gets back (the symbol's own text, GS1 separators intact). Types and constants only, so the app
// shell can import it without pulling in any decoder.

/** The symbologies a warehouse meets; every engine maps its own names onto these. */
export const BARCODE_FORMATS = [
  'ean13',
  'ean8',
  'upca',
  'upce',
  'code128',
  'code39',
  'itf',
  'qrcode',
  'datamatrix',
  'databar',
  'databar-expanded',
  'databar-limited',
] as const;
export type BarcodeFormat = (typeof BARCODE_FORMATS)[number];

export const ENGINE_NAMES = ['native', 'zxing-wasm', 'zxing-js'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface DecodedBarcode {
  /**
   * The content as encoded. GS1 element strings keep FNC1 separators as GS (0x1D) and carry no
   * symbology prefix; EAN/UPC come as printed: EAN-13 13 digits, UPC-A 12, UPC-E and EAN-8 8.
   */
  text: string;
  format: BarcodeFormat;
  /** AIM symbology identifier (`]C1`, `]E0`, `]d2`, `]Q3`...), only when the engine knows it. */
  symbologyId?: string;
  /**
   * True for GS1 element strings (FNC1 first), and then `symbologyId` is always set; undefined
   * when the engine cannot tell. Hand `isGs1 ? symbologyId : format` to src/core as the symbology.
   */
  isGs1?: boolean;
  /**
   * 1D only: how many scan lines of this frame agreed on the read (zxing-cpp); undefined when
   * the engine cannot tell. The camera trusts a weak-check read on one frame only when enough
   * lines agree (camera/confirm.ts).
   */
  lineCount?: number;
}

export interface DecodeOptions {
  /** Only look for these (faster, fewer misreads). Default: every format the engine supports. */
  formats?: readonly BarcodeFormat[];
  /** Spend more time per frame (rotations, inverted codes, denser scanning). Default false. */
  tryHarder?: boolean;
  /**
   * The caller is done with `frame`: a worker engine may move its pixel buffer instead of copying
   * it, which detaches `frame.data`. Default false.
   */
  transferFrame?: boolean;
}

export interface DecoderEngine {
  readonly name: EngineName;
  /** The formats this engine can decode on this device. */
  readonly formats: readonly BarcodeFormat[];
  /** Resolves with every barcode found (often none); rejects only if the engine itself failed. */
  decode(frame: ImageData, opts?: DecodeOptions): Promise<DecodedBarcode[]>;
  /** Frees the worker / detector; pending decodes reject. */
  dispose(): void;
}
