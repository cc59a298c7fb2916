// Barcode errors and warnings in English, keyed by code (src/core/barcode/errors.ts); params
// are the `params` of the result. The sentences are core's own, so screen and logs agree.
import type { BarcodeMessageCode } from '#core/barcode/errors.ts';
import { barcodeMessagesEn } from '#core/barcode/messages-en.ts';

export const barcodeEn: Readonly<Record<BarcodeMessageCode, string>> = { ...barcodeMessagesEn };
