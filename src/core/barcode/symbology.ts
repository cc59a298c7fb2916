// What the symbology says about the text: AIM identifiers (`]C1`, `]E0`...) in front of the
// data or passed separately, and decoder format names (BarcodeDetector, ZXing, zxing-wasm).

export const Symbology = {
  /** GS1 data: FNC1 in first position (GS1-128, DataBar, GS1 DataMatrix/QR/DotCode). */
  GS1: 'gs1',
  /** `]E0`: EAN-13 or UPC-A as 13 digits, or UPC-E as 8 (some scanners do not expand it). */
  EAN_UPC: 'ean-upc',
  /** A decoder's format name `ean13`/`upca`: the digits as printed, 13 or 12. */
  EAN13_UPCA: 'ean13-upca',
  /** EAN/UPC followed by a 2- or 5-digit add-on (`]E3`). */
  EAN_ADDON: 'ean-addon',
  EAN8: 'ean8',
  UPCE: 'upce',
  ITF: 'itf',
} as const;
export type Symbology = (typeof Symbology)[keyof typeof Symbology];

const AIM_HINTS: Readonly<Record<string, Symbology>> = {
  ']C1': Symbology.GS1,
  ']e0': Symbology.GS1,
  ']e1': Symbology.GS1,
  ']e2': Symbology.GS1,
  ']d2': Symbology.GS1,
  ']d5': Symbology.GS1,
  ']Q3': Symbology.GS1,
  ']Q4': Symbology.GS1,
  ']J1': Symbology.GS1,
  ']E0': Symbology.EAN_UPC,
  ']E3': Symbology.EAN_ADDON,
  ']E4': Symbology.EAN8,
  ']I0': Symbology.ITF,
  ']I1': Symbology.ITF,
};

const FORMAT_HINTS: Readonly<Record<string, Symbology>> = {
  ean13: Symbology.EAN13_UPCA,
  upca: Symbology.EAN13_UPCA,
  ean8: Symbology.EAN8,
  upce: Symbology.UPCE,
  itf: Symbology.ITF,
  itf14: Symbology.ITF,
  gs1128: Symbology.GS1,
};

/** An AIM symbology identifier: `]`, a letter for the symbology, a modifier character. */
const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

export const splitAimPrefix = (text: string): { aim?: string; body: string } => {
  const m = AIM_PREFIX.exec(text);
  return m ? { aim: m[0], body: text.slice(3) } : { body: text };
};

/** The hint from an AIM identifier or a format name such as `ean_13`, `UPC-E`, `DataBarExpanded`. */
export const symbologyHint = (symbology: string | undefined): Symbology | undefined => {
  if (!symbology) return undefined;
  if (AIM_PREFIX.test(symbology)) {
    const aim = symbology.slice(0, 3);
    return Object.hasOwn(AIM_HINTS, aim) ? AIM_HINTS[aim] : undefined;
  }
  const name = symbology.toLowerCase().replace(/[^a-z0-9]/g, '');
  // Every DataBar variant (once called RSS) carries GS1 data only.
  if (/^(gs1)?(databar|rss)/.test(name)) return Symbology.GS1;
  return Object.hasOwn(FORMAT_HINTS, name) ? FORMAT_HINTS[name] : undefined;
};
