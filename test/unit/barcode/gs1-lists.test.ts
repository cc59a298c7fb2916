// The list linters issue #19 asks for, as gs1-syntax-engine documents them (its lint_iso3166,
// lint_iso3166999, lint_iso3166alpha2, lint_iso4217 and lint_iban): a component must be an
// assigned ISO 3166-1 country (numeric, or 999 where the dictionary allows "unknown"; alpha-2),
// an ISO 4217 numeric currency, or an IBAN with a known country and mod-97 check digits.
import { describe, expect, it } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { implementedLinters } from '#core/barcode/linters.ts';
import { failure, gs1 } from './helpers.ts';

const fails = (text: string, linter: string, part: string) =>
  expect(failure(text)).toMatchObject({
    code: BarcodeError.LINT_FAILED,
    params: { linter, part },
  });

describe('ISO 4217 currency (AIs 391n, 393n)', () => {
  it('a known currency passes and carries the amount', () => {
    const r = gs1('(01)09501101530003(3932)97812345(30)1');
    expect(r.elements[1]).toMatchObject({ ai: '3932', unit: '978', value: 123.45 });
  });

  it.each(['(3910)0001', '(3932)123456', '(3911)55512'])(
    '%s: 000/123/555 is no currency',
    (text) => {
      const part = /\)(\d{3})/.exec(text)![1]!;
      fails(text, 'iso4217', part);
    },
  );
});

describe('ISO 3166 country (AIs 421–426, 4307)', () => {
  it.each([
    ['(421)276D-80331', '276'],
    ['(422)156', '156'],
    ['(423)276040250', '276'],
    ['(424)840', '840'],
    ['(425)380', '380'],
    ['(7030)999ABC', '999'],
    ['(426)826', '826'],
    ['(4307)DE', 'DE'],
  ])('%s passes', (text, first) => {
    expect(gs1(text).elements[0]?.raw.startsWith(first)).toBe(true);
  });

  it.each([
    ['(421)000D-80331', 'iso3166', '000'],
    ['(422)999', 'iso3166', '999'],
    ['(422)900', 'iso3166', '900'],
    ['(423)276900', 'iso3166', '900'],
    ['(424)001', 'iso3166', '001'],
    ['(425)999', 'iso3166', '999'],
    ['(7030)998ABC', 'iso3166999', '998'],
    ['(426)830', 'iso3166', '830'],
    ['(4307)UK', 'iso3166alpha2', 'UK'],
    ['(4307)XX', 'iso3166alpha2', 'XX'],
  ])('%s fails %s on %s', (text, linter, part) => {
    fails(text, linter, part);
  });
});

describe('IBAN (AI 8007)', () => {
  it.each(['GB82WEST12345698765432', 'DE89370400440532013000', 'NL91ABNA0417164300'])(
    '%s passes',
    (iban) => {
      expect(gs1(`(8007)${iban}`).elements[0]?.raw).toBe(iban);
    },
  );

  it.each([
    'GB82WEST12345698765431', // one digit changed
    'GB28WEST12345698765432', // check digits swapped
    'XX82WEST12345698765432', // no such country
    'GB8',
  ])('%s fails', (iban) => {
    fails(`(8007)${iban}`, 'iban', iban);
  });
});

it('the list linters are implemented, not skipped', () => {
  for (const name of ['iso3166', 'iso3166999', 'iso3166alpha2', 'iso4217', 'iban']) {
    expect(implementedLinters).toContain(name);
  }
});
