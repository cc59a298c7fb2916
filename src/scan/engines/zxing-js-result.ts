// Turns @zxing/library's bare text into a DecodedBarcode. The JS port reports no symbology
// identifier, so we derive what its output proves: Code 128 with ASSUME_GS1 prefixes "]C1" when
// FNC1 comes first; Data Matrix starts with GS when FNC1 comes first; DataBar is always GS1.
// DataBar Expanded is left out: the port returns it in bracketed form and flags it as unfinished.

import type { BarcodeFormat, DecodedBarcode } from './engine.ts';

const GS = '\u001d';

/** Formats the JS port decodes (UPC-E through our own reader, see upce-reader.ts). */
export const ZXING_JS_FORMATS: readonly BarcodeFormat[] = [
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
];

// Identifiers that follow from the format alone, for the options this engine always uses
// (no check-digit validation, no Code 39 full ASCII, no add-ons).
const FIXED_IDS: Partial<Record<BarcodeFormat, string>> = {
  ean13: ']E0',
  upca: ']E0',
  upce: ']E0',
  ean8: ']E4',
  code39: ']A0',
  itf: ']I0',
};

export function fromZxingJsText(format: BarcodeFormat, text: string): DecodedBarcode {
  if (format === 'code128') {
    // With ASSUME_GS1, a check character whose value is FNC1's (1 symbol in 103) comes out as a
    // trailing GS. A real trailing GS (code set A data) is rarer still, and meaningless in GS1.
    const body = text.endsWith(GS) ? text.slice(0, -1) : text;
    return body.startsWith(']C1')
      ? { text: body.slice(3), format, symbologyId: ']C1', isGs1: true }
      : { text: body, format, symbologyId: ']C0', isGs1: false };
  }
  if (format === 'datamatrix') {
    const gs1 = text.startsWith(GS);
    // Without FNC1 it could be ]d1 or ]d4 (ECI): the port does not say which.
    return gs1
      ? { text: text.slice(1), format, symbologyId: ']d2', isGs1: true }
      : { text, format, isGs1: false };
  }
  // QR: FNC1 and ECI modes leave no trace in the text, so ]Q1 vs ]Q3 is unknown.
  if (format === 'qrcode') return { text, format };
  // DataBar carries one GTIN; the port returns its 14 digits without the (01) that zxing-cpp shows.
  if (format === 'databar') return { text: `01${text}`, format, symbologyId: ']e0', isGs1: true };
  const symbologyId = FIXED_IDS[format];
  return symbologyId ? { text, format, symbologyId, isGs1: false } : { text, format, isGs1: false };
}
