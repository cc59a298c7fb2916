// The barcode format a scan's symbology names: an AIM identifier (what wedge scanners send,
// ISO/IEC 15424) or a decoder format name. Undefined when it says nothing (typed entry, a
// scanner without AIM prefixes), and then nothing is narrowed.
import { BARCODE_FORMATS, type BarcodeFormat } from './engines/engine.ts';

const AIM_LETTER: Readonly<Record<string, BarcodeFormat>> = {
  A: 'code39',
  C: 'code128',
  E: 'ean13', // ]E0 EAN-13/UPC-A/UPC-E, ]E4 EAN-8: see below
  I: 'itf',
  Q: 'qrcode',
  d: 'datamatrix',
  e: 'databar',
};

const NAMES: Readonly<Record<string, BarcodeFormat>> = {
  ean13: 'ean13',
  ean8: 'ean8',
  upca: 'upca',
  upce: 'upce',
  code128: 'code128',
  gs1128: 'code128',
  code39: 'code39',
  itf: 'itf',
  itf14: 'itf',
  qrcode: 'qrcode',
  datamatrix: 'datamatrix',
};

export function formatOfSymbology(symbology: string | undefined): BarcodeFormat | undefined {
  if (!symbology) return undefined;
  const aim = /^\]([A-Za-z])([0-9A-Za-z])/.exec(symbology);
  if (aim) {
    if (aim[1] === 'E') return aim[2] === '4' ? 'ean8' : 'ean13';
    return AIM_LETTER[aim[1]!];
  }
  if ((BARCODE_FORMATS as readonly string[]).includes(symbology)) return symbology as BarcodeFormat;
  const name = symbology.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (/^(gs1)?(databar|rss)/.test(name))
    return name.includes('exp') ? 'databar-expanded' : 'databar';
  return NAMES[name];
}

/** EAN-13, UPC-A and UPC-E are one family under `]E0`: any of them stands for all three. */
const FAMILY: Partial<Record<BarcodeFormat, readonly BarcodeFormat[]>> = {
  ean13: ['ean13', 'upca', 'upce'],
  upca: ['ean13', 'upca', 'upce'],
  upce: ['ean13', 'upca', 'upce'],
  databar: ['databar', 'databar-expanded', 'databar-limited'],
};

export function formatAllowed(format: BarcodeFormat, allowed: readonly BarcodeFormat[]): boolean {
  return (FAMILY[format] ?? [format]).some((f) => allowed.includes(f));
}
