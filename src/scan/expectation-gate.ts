// The sentence for a camera or wedge scan this step cannot use (a product barcode at the
// location step, an ITF where a tote label belongs): what it was, and what to scan instead.
import { t } from '../app/use-t.ts';
import type { BarcodeFormat } from './engines/engine.ts';
import { currentExpectation, type Expect } from './expectation.ts';

export { unexpectedFormat } from './expectation.ts';

const FORMAT_NAMES: Readonly<Record<BarcodeFormat, string>> = {
  ean13: 'EAN-13',
  ean8: 'EAN-8',
  upca: 'UPC-A',
  upce: 'UPC-E',
  code128: 'Code 128',
  code39: 'Code 39',
  itf: 'ITF',
  qrcode: 'QR',
  datamatrix: 'Data Matrix',
  databar: 'GS1 DataBar',
  'databar-expanded': 'GS1 DataBar Expanded',
  'databar-limited': 'GS1 DataBar Limited',
};

/** The sentence for a refused scan, in the device's language. */
export function unexpectedText(
  format: BarcodeFormat,
  kinds: readonly Expect[] | null = currentExpectation(),
): string {
  const expected = (kinds ?? []).map((k) => t(`scan.expect.${k}`)).join(t('scan.expect.or'));
  return t('scan.unexpected', { format: FORMAT_NAMES[format], expected });
}
