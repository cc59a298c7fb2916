// The public face of barcode interpretation: what the app and the server import.
export { interpretBarcode } from './interpret.ts';
export { resolveBarcode, resolveLine, type BarcodeLookups, type Resolution } from './resolve.ts';
export { gtinCandidates } from './gtin-candidates.ts';
export { mergeScan, type MergeResult, type ScanLine } from './merge.ts';
export { gs1CheckDigit, hasValidCheckDigit, isGtin } from './check-digit.ts';
export {
  BarcodeError,
  BarcodeWarning,
  type BarcodeErrorCode,
  type BarcodeIssue,
  type BarcodeMessageCode,
  type BarcodeParams,
  type BarcodeWarningCode,
} from './errors.ts';
export { barcodeMessagesEn, formatBarcodeMessage } from './messages-en.ts';
export type * from './types.ts';
