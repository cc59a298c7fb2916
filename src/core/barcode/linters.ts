// The dictionary's linter procedures that matter on a warehouse floor, with the ISO country,
// currency and IBAN lists (iso-lists.ts). Linters that need GS1 Company Prefix data or other
// registries (gcppos1, mediatype, packagetype, couponcode...) pass silently.
import { gs1CheckDigit } from './check-digit.ts';
import { checkCharPair } from './check-chars.ts';
import {
  checkLongDate,
  checkShortDate,
  validHhmi,
  validTimePart,
  type DateOutcome,
} from './dates.ts';
import { BarcodeError, type BarcodeErrorCode } from './errors.ts';
import { ISO3166_ALPHA2, ISO3166_NUMERIC, ISO4217_NUMERIC, validIban } from './iso-lists.ts';

export interface LintFailure {
  readonly code: BarcodeErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
}
type Linter = (part: string, now: Date) => LintFailure | null;

const fromDate = (outcome: DateOutcome): LintFailure | null => ('iso' in outcome ? null : outcome);
const rule =
  (name: string, test: (part: string) => boolean): Linter =>
  (part) =>
    test(part) ? null : { code: BarcodeError.LINT_FAILED, params: { linter: name, part } };
const time =
  (test: (part: string) => boolean): Linter =>
  (part) =>
    test(part) ? null : { code: BarcodeError.TIME_INVALID, params: { time: part } };

const csum: Linter = (part) => {
  const expected = gs1CheckDigit(part.slice(0, -1));
  const found = part.slice(-1);
  return String(expected) === found
    ? null
    : { code: BarcodeError.CHECK_DIGIT, params: { found, expected: String(expected) } };
};

const csumalpha: Linter = (part) => {
  const expected = part.length >= 2 ? checkCharPair(part.slice(0, -2)) : null;
  const found = part.slice(-2);
  return expected === found
    ? null
    : { code: BarcodeError.CHECK_CHARACTERS, params: { found, expected: expected ?? '?' } };
};

const pieceOfTotal = (part: string): boolean => {
  const piece = Number(part.slice(0, 2));
  const total = Number(part.slice(2, 4));
  return piece >= 1 && total >= 1 && piece <= total;
};

const positionInSequence = (part: string): boolean => {
  const m = /^([1-9])\/([1-9])$/.exec(part);
  return m !== null && Number(m[1]) <= Number(m[2]);
};

const linters: Readonly<Record<string, Linter>> = {
  csum,
  csumalpha,
  yymmd0: (part, now) => fromDate(checkShortDate(part, true, now)),
  yymmdd: (part, now) => fromDate(checkShortDate(part, false, now)),
  yyyymmdd: (part) => fromDate(checkLongDate(part)),
  hhmi: time(validHhmi),
  hh: time((p) => validTimePart('hh', p)),
  mi: time((p) => validTimePart('mi', p)),
  ss: time((p) => validTimePart('ss', p)),
  zero: rule('zero', (p) => p === '0'),
  nonzero: rule('nonzero', (p) => !/^0+$/.test(p)),
  nozeroprefix: rule('nozeroprefix', (p) => p === '0' || !p.startsWith('0')),
  yesno: rule('yesno', (p) => /^[01]$/.test(p)),
  winding: rule('winding', (p) => /^[019]$/.test(p)),
  iso5218: rule('iso5218', (p) => /^[0129]$/.test(p)),
  pieceoftotal: rule('pieceoftotal', pieceOfTotal),
  posinseqslash: rule('posinseqslash', positionInSequence),
  hyphen: rule('hyphen', (p) => p === '-'),
  hasnondigit: rule('hasnondigit', (p) => /\D/.test(p)),
  pcenc: rule('pcenc', (p) => !/%(?![0-9A-Fa-f]{2})/.test(p)),
  latitude: rule('latitude', (p) => Number(p) <= 1_800_000_000),
  longitude: rule('longitude', (p) => Number(p) <= 3_600_000_000),
  iso3166: rule('iso3166', (p) => ISO3166_NUMERIC.has(p)),
  iso3166999: rule('iso3166999', (p) => p === '999' || ISO3166_NUMERIC.has(p)),
  iso3166alpha2: rule('iso3166alpha2', (p) => ISO3166_ALPHA2.has(p)),
  iso4217: rule('iso4217', (p) => ISO4217_NUMERIC.has(p)),
  iban: rule('iban', validIban),
};

/** Linter names this module checks; the others in the dictionary are accepted unchecked. */
export const implementedLinters: readonly string[] = Object.keys(linters);

/** Runs one named linter on one component; unknown linters pass. */
export const runLinter = (name: string, part: string, now: Date): LintFailure | null =>
  Object.hasOwn(linters, name) ? (linters[name]?.(part, now) ?? null) : null;
