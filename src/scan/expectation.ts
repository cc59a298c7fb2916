// What the screen expects the next scan to be (a location, an item, a tote, a lot or serial
// label, a document), and the barcode formats that can carry it. The camera decodes only those
// formats; a camera or wedge scan whose symbology is known and outside them is refused with a
// sentence saying what to scan, before any lookup could match it to something else.
import { useEffect } from 'react';
import type { BarcodeFormat } from './engines/engine.ts';
import type { ScanEvent } from './scanner.ts';
import { formatAllowed, formatOfSymbology } from './symbology-format.ts';

export type Expect = 'location' | 'item' | 'tote' | 'label' | 'document';

const OWN_CODES: readonly BarcodeFormat[] = ['code128', 'code39', 'qrcode', 'datamatrix'];

/** Warehouse codes are printed as Code 128/39, QR or Data Matrix; items carry any GTIN symbol. */
export const EXPECTED_FORMATS: Readonly<Record<Expect, readonly BarcodeFormat[]>> = {
  location: OWN_CODES,
  tote: OWN_CODES,
  document: OWN_CODES,
  // A lot or serial label: GS1-128 / GS1 DataMatrix with (10)/(21), or the supplier's own code.
  label: [...OWN_CODES, 'databar-expanded'],
  item: [
    'ean13',
    'ean8',
    'upca',
    'upce',
    'itf',
    'databar',
    'databar-expanded',
    'databar-limited',
    ...OWN_CODES,
  ],
};

const stack: { kinds: readonly Expect[] }[] = [];

/** The expectation of the screen on top, or null when it has not said (anything goes). */
export const currentExpectation = (): readonly Expect[] | null => stack.at(-1)?.kinds ?? null;

/** The formats worth decoding now; undefined means every format. */
export function expectedFormats(
  kinds: readonly Expect[] | null = currentExpectation(),
): BarcodeFormat[] | undefined {
  if (!kinds || kinds.length === 0) return undefined;
  return [...new Set(kinds.flatMap((k) => EXPECTED_FORMATS[k]))];
}

/** The screen declares, for as long as it is mounted, what this step of its task expects. */
export function useScanExpectation(kinds: readonly Expect[]): void {
  const key = kinds.join();
  useEffect(() => {
    const entry = { kinds: key.split(',') as Expect[] };
    stack.push(entry);
    return () => {
      const i = stack.indexOf(entry);
      if (i >= 0) stack.splice(i, 1);
    };
  }, [key]);
}

/**
 * The format of a scan this step cannot use, or null when it may go to the screen. Typed text
 * and scans without a symbology pass: the screen's own rules judge those.
 */
export function unexpectedFormat(
  scan: Pick<ScanEvent, 'source' | 'symbology'>,
  kinds: readonly Expect[] | null = currentExpectation(),
): BarcodeFormat | null {
  if (!kinds || scan.source === 'typed') return null;
  const format = formatOfSymbology(scan.symbology);
  if (!format) return null;
  return formatAllowed(format, expectedFormats(kinds) ?? []) ? null : format;
}
