// Machine codes for everything barcode interpretation and resolution can report. The sentence
// templates for each live in messages-en.ts (and src/messages/barcode.*.ts for the UI).

export const BarcodeError = {
  /** Nothing left after trimming whitespace and the symbology identifier. */
  EMPTY: 'EMPTY',
  UNKNOWN_AI: 'UNKNOWN_AI',
  /** The data ends in the middle of an AI number. */
  INCOMPLETE_AI: 'INCOMPLETE_AI',
  VALUE_MISSING: 'VALUE_MISSING',
  VALUE_TOO_SHORT: 'VALUE_TOO_SHORT',
  VALUE_TOO_LONG: 'VALUE_TOO_LONG',
  /** A non-digit in an N (numeric) component. */
  NOT_DIGITS: 'NOT_DIGITS',
  /** A character outside the component's character set (CSET 82, CSET 39, base64url). */
  BAD_CHARACTER: 'BAD_CHARACTER',
  CHECK_DIGIT: 'CHECK_DIGIT',
  CHECK_CHARACTERS: 'CHECK_CHARACTERS',
  DATE_MONTH: 'DATE_MONTH',
  DATE_DAY: 'DATE_DAY',
  /** Day 00 on a date AI whose linter is yymmdd (only yymmd0 AIs allow it). */
  DATE_DAY_ZERO: 'DATE_DAY_ZERO',
  TIME_INVALID: 'TIME_INVALID',
  /** Another dictionary linter (zero, yesno, pieceoftotal...) rejected a component. */
  LINT_FAILED: 'LINT_FAILED',
  /** The same AI twice with different values. */
  DUPLICATE_AI: 'DUPLICATE_AI',
  BRACKET_SYNTAX: 'BRACKET_SYNTAX',
  DL_BAD_ENCODING: 'DL_BAD_ENCODING',
  DL_MISSING_VALUE: 'DL_MISSING_VALUE',
  DL_BAD_QUALIFIER: 'DL_BAD_QUALIFIER',
  /** A plain EAN/UPC/ITF-14 number whose last digit is wrong. */
  GTIN_CHECK_DIGIT: 'GTIN_CHECK_DIGIT',
  UPCE_NUMBER_SYSTEM: 'UPCE_NUMBER_SYSTEM',
  UPCE_LENGTH: 'UPCE_LENGTH',
  /** An ITF of a length the site does not use: a partial read of an ITF-14, never a GTIN. */
  ITF_LENGTH: 'ITF_LENGTH',
  /** `]E0` (EAN-13/UPC-A/UPC-E) with a digit count no ISO 15420 transmission has, e.g. 12. */
  EAN_UPC_LENGTH: 'EAN_UPC_LENGTH',
  /** An EAN/UPC followed by a GS1 Composite component (`|]e0…`), which is not read. */
  COMPOSITE_COMPONENT: 'COMPOSITE_COMPONENT',
  // resolution against master data
  UNKNOWN_BARCODE: 'UNKNOWN_BARCODE',
  UNKNOWN_GTIN: 'UNKNOWN_GTIN',
  /** A GS1 label with lot/expiry etc. but nothing that identifies an item or a unit. */
  NO_ITEM_KEY: 'NO_ITEM_KEY',
  LOOKUP_FAILED: 'LOOKUP_FAILED',
  /** A bug: an exception inside interpretation, caught so the scan screen never crashes. */
  INTERNAL: 'INTERNAL',
} as const;
export type BarcodeErrorCode = (typeof BarcodeError)[keyof typeof BarcodeError];

/** Problems that do not stop a scan: labels in the wild break these rules. */
export const BarcodeWarning = {
  /** A `req=` pairing rule of the dictionary is not met (a split label may carry the rest). */
  REQUIRED_AI_MISSING: 'REQUIRED_AI_MISSING',
  /** An `ex=` rule: two AIs that must not appear together. */
  AI_EXCLUDED: 'AI_EXCLUDED',
  /** The same AI twice with the same value. */
  AI_REPEATED: 'AI_REPEATED',
  DL_QUALIFIER_ORDER: 'DL_QUALIFIER_ORDER',
  /** A Digital Link query parameter that names an AI not allowed there; it was ignored. */
  DL_PARAM_IGNORED: 'DL_PARAM_IGNORED',
  /** Merging split labels: two scans disagree on a value; the first one was kept. */
  MERGE_CONFLICT: 'MERGE_CONFLICT',
} as const;
export type BarcodeWarningCode = (typeof BarcodeWarning)[keyof typeof BarcodeWarning];

export type BarcodeMessageCode = BarcodeErrorCode | BarcodeWarningCode;
export type BarcodeParams = Readonly<Record<string, string | number>>;

export interface BarcodeProblem<C extends BarcodeMessageCode = BarcodeErrorCode> {
  readonly code: C;
  readonly params: BarcodeParams;
  /** English sentence for logs and for the English UI; the UI may use its own catalogue. */
  readonly message: string;
}
export type BarcodeIssue = BarcodeProblem<BarcodeWarningCode>;
