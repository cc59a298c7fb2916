// English sentence templates for every barcode code, and the one function that fills them in.
// Defined in core so that `message` in results (logs, server) and the English UI agree.
import type { BarcodeMessageCode, BarcodeParams } from './errors.ts';

export const barcodeMessagesEn = {
  EMPTY: 'The scan is empty',
  UNKNOWN_AI: 'No GS1 Application Identifier starts with {ai} (character {position})',
  INCOMPLETE_AI: 'The data ends inside a GS1 Application Identifier: {ai} (character {position})',
  VALUE_MISSING: 'AI ({ai}) {title} has no value',
  VALUE_TOO_SHORT:
    'AI ({ai}) {title} {value}: too short, {length} characters where at least {min} are needed',
  VALUE_TOO_LONG:
    'AI ({ai}) {title} {value}: too long, {length} characters where at most {max} are allowed (is a GS separator missing?)',
  NOT_DIGITS: 'AI ({ai}) {title} {value}: "{char}" at position {position} is not a digit',
  BAD_CHARACTER:
    'AI ({ai}) {title} {value}: "{char}" at position {position} is not allowed ({charset})',
  CHECK_DIGIT: 'AI ({ai}) {title} {value}: check digit {found} is wrong, it should be {expected}',
  CHECK_CHARACTERS:
    'AI ({ai}) {title} {value}: check characters {found} are wrong, they should be {expected}',
  DATE_MONTH: 'AI ({ai}) {title} {value}: month {month} does not exist',
  DATE_DAY: 'AI ({ai}) {title} {value}: day {day} does not exist in {year}-{month}',
  DATE_DAY_ZERO: 'AI ({ai}) {title} {value}: day 00 is not allowed for this date',
  TIME_INVALID: 'AI ({ai}) {title} {value}: {time} is not a valid time',
  LINT_FAILED: 'AI ({ai}) {title} {value}: part {part} fails the GS1 "{linter}" check',
  DUPLICATE_AI: 'AI ({ai}) {title} appears twice with different values: {first} and {second}',
  BRACKET_SYNTAX: 'The bracketed GS1 text is malformed at character {position}',
  DL_BAD_ENCODING: 'GS1 Digital Link: "{segment}" is not valid percent-encoding',
  DL_MISSING_VALUE: 'GS1 Digital Link: AI ({ai}) {title} has no value in the path',
  DL_BAD_QUALIFIER: 'GS1 Digital Link: ({ai}) cannot qualify the primary key ({key}) in the path',
  GTIN_CHECK_DIGIT: '{symbol} {code}: check digit {found} is wrong, it should be {expected}',
  UPCE_NUMBER_SYSTEM: 'UPC-E {code}: number system {system} does not exist (only 0 or 1)',
  UPCE_LENGTH: 'UPC-E {code}: {length} digits where 6, 7 or 8 are expected',
  ITF_LENGTH:
    'ITF {code}: {length} digits where {expected} are expected; part of the label was missed, scan the whole barcode',
  EAN_UPC_LENGTH:
    '{symbology} {code}: {length} digits where 13 (or 8 for UPC-E) are sent; set the scanner to transmit UPC-A as 13 digits',
  COMPOSITE_COMPONENT:
    '{symbol} {code} carries a GS1 Composite component ({component}), which is not read here; scan the linear barcode alone or turn off composite reading on the scanner',
  UNKNOWN_BARCODE: 'Barcode {text} is not a known item, location or document',
  UNKNOWN_GTIN: 'No item has the GTIN {gtin}',
  NO_ITEM_KEY: 'This GS1 label has no GTIN or SSCC ({ais}): scan the product barcode as well',
  LOOKUP_FAILED: 'Looking up the barcode in the master data failed: {reason}',
  INTERNAL: 'The barcode could not be read because of an internal error: {reason}',
  REQUIRED_AI_MISSING: 'AI ({ai}) {title} should come with {requires}',
  AI_EXCLUDED: 'AI ({ai}) and AI ({other}) should not appear together',
  AI_REPEATED: 'AI ({ai}) {title} appears twice with the same value',
  DL_QUALIFIER_ORDER: 'GS1 Digital Link: ({ai}) is out of order after the primary key ({key})',
  DL_PARAM_IGNORED:
    'GS1 Digital Link: query parameter {param} is not allowed there and was ignored',
  MERGE_CONFLICT: 'AI ({ai}) {title} differs between labels: kept {current}, ignored {incoming}',
} as const satisfies Record<BarcodeMessageCode, string>;

/**
 * Fills `{name}` placeholders. An unknown placeholder stays visible rather than vanishing, and
 * the spaces an empty title leaves behind (two AIs have none) are tidied.
 */
export const formatBarcodeMessage = (template: string, params: BarcodeParams): string =>
  template
    .replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    )
    .replace(/ {2,}/g, ' ')
    .replace(/ :/g, ':');
