// GS1 element strings as scanners send them: GS separators, symbology identifiers, substitutes.
import { describe, it, expect } from 'vitest';
import { BarcodeError } from '#core/barcode/errors.ts';
import { GS, KEYS, failure, gs1, interpret, pairs } from './helpers.ts';

const LABEL = [
  ['01', KEYS.gtin14],
  ['17', '2026-02-28'],
  ['10', 'AB-123'],
];

describe('raw element strings', () => {
  it.each([
    [
      'fixed-length AIs need no GS, the last variable AI ends at end of data',
      '01095011015300031726022810AB-123',
    ],
    ['a variable AI ends at GS', `0109501101530003${GS}10AB-123${GS}17260228`],
    [
      'a superfluous GS after a fixed-length AI is tolerated',
      `0109501101530003${GS}17260228${GS}10AB-123`,
    ],
    ['a leading GS (FNC1 transmitted) is skipped', `${GS}01095011015300031726022810AB-123`],
    ['a trailing GS is ignored', `01095011015300031726022810AB-123${GS}`],
    ['doubled GS are ignored', `0109501101530003${GS}${GS}1726022810AB-123`],
  ])('%s', (_, text) => {
    const r = gs1(text);
    expect(r.form).toBe('element-string');
    expect(new Set(pairs(r).map(([ai, v]) => `${ai}=${v}`))).toEqual(
      new Set(LABEL.map(([ai, v]) => `${ai}=${v}`)),
    );
    expect(r).toMatchObject({ gtin: KEYS.gtin14, lot: 'AB-123', expiry: '2026-02-28' });
  });

  it('a variable AI without GS swallows what follows and is then too long', () => {
    const e = failure(`]C110AB-12317260228${'X'.repeat(8)}`);
    expect(e).toMatchObject({
      code: BarcodeError.VALUE_TOO_LONG,
      params: { ai: '10', length: 22, max: 20 },
    });
    expect(e.message).toBe(
      'AI (10) BATCH/LOT AB-12317260228XXXXXXXX: too long, 22 characters where at most 20 are allowed (is a GS separator missing?)',
    );
  });

  it('a variable AI that ends at GS keeps the rest as further AIs', () => {
    expect(pairs(gs1(`]C110AB-123${GS}17260228`))).toEqual([
      ['10', 'AB-123'],
      ['17', '2026-02-28'],
    ]);
  });

  it('a fixed-length AI cut short by GS is too short', () => {
    expect(failure(`]C101095011015300${GS}10A`)).toMatchObject({
      code: BarcodeError.VALUE_TOO_SHORT,
      params: { ai: '01', value: '095011015300', length: 12, min: 14 },
    });
  });

  it('a fixed-length AI cut short by the end of data is too short', () => {
    expect(failure(']C10109501101')).toMatchObject({
      code: BarcodeError.VALUE_TOO_SHORT,
      params: { ai: '01', value: '09501101', length: 8, min: 14 },
    });
  });

  it.each([
    [']C109501101530004', BarcodeError.UNKNOWN_AI, { ai: '0950', position: 1 }],
    [`]C10109501101530003${GS}23ABC`, BarcodeError.UNKNOWN_AI, { ai: '23', position: 18 }],
    [`]C10109501101530003${GS}AB`, BarcodeError.UNKNOWN_AI, { ai: 'AB', position: 18 }],
    [`]C10109501101530003${GS}31`, BarcodeError.INCOMPLETE_AI, { ai: '31', position: 18 }],
    [`]C10109501101530003${GS}1`, BarcodeError.INCOMPLETE_AI, { ai: '1', position: 18 }],
    [`]C1010950110153000310`, BarcodeError.VALUE_MISSING, { ai: '10' }],
    [`]C110${GS}17260228`, BarcodeError.VALUE_MISSING, { ai: '10' }],
  ])('%j → %s', (text, code, params) => {
    expect(failure(text)).toMatchObject({ code, params });
  });

  it('the same AI twice: same value is a warning, different values an error', () => {
    const same = gs1(`]C110AB${GS}10AB`);
    expect(same.elements).toHaveLength(1);
    expect(same.warnings.map((w) => w.code)).toContain('AI_REPEATED');
    expect(failure(`]C110AB${GS}10CD`)).toMatchObject({
      code: BarcodeError.DUPLICATE_AI,
      params: { ai: '10', first: 'AB', second: 'CD' },
    });
  });
});

describe('symbology identifiers', () => {
  const data = `0109501101530003${GS}10AB-123`;
  it.each([
    [']C1', 'GS1-128'],
    [']e0', 'GS1 DataBar'],
    [']d2', 'GS1 DataMatrix'],
    [']Q3', 'GS1 QR Code'],
    [']J1', 'GS1 DotCode'],
  ])('%s (%s) marks GS1 content and is removed from text', (aim) => {
    const r = gs1(aim + data);
    expect(pairs(r)).toEqual([
      ['01', KEYS.gtin14],
      ['10', 'AB-123'],
    ]);
    expect(r.text).toBe(data);
  });

  it.each([']C1', ']e0', ']d2', ']Q3', ']J1', 'DataBarExpanded', 'GS1-128', 'rss_14'])(
    'the same identifier or format passed as an option (%s) marks GS1 content',
    (symbology) => {
      expect(pairs(gs1('10AB-123', { symbology }))).toEqual([['10', 'AB-123']]);
    },
  );

  it('a prefix in the text wins over the option', () => {
    expect(gs1(']C110AB', { symbology: ']E0' }).lot).toBe('AB');
  });

  it('GS1-marked data that does not parse is an error, not text', () => {
    expect(failure(']d2HELLO').code).toBe(BarcodeError.UNKNOWN_AI);
    expect(failure(']C1').code).toBe(BarcodeError.EMPTY);
  });

  it('a DataBar GTIN reported as bare 14 digits is still a GTIN', () => {
    expect(gs1(`]e001${KEYS.gtin14}`).gtin).toBe(KEYS.gtin14);
    expect(interpret(`]e0${KEYS.gtin14}`)).toMatchObject({ kind: 'gtin', gtin: KEYS.gtin14 });
  });
});

describe('GS encodings', () => {
  it.each(['~', '|', '<GS>', '^'])('a configured substitute %j becomes GS', (sub) => {
    const r = gs1(`10LOT-7${sub}17260228${sub}21S1`, { gsSubstitute: sub });
    expect(r).toMatchObject({ lot: 'LOT-7', expiry: '2026-02-28', serial: 'S1' });
  });

  it('U+241D (the visible GS symbol) is read as GS', () => {
    expect(gs1('10LOT-7\u241D17260228').lot).toBe('LOT-7');
  });

  it('without a substitute configured, ~ is data and the lot is too long or invalid', () => {
    expect(failure(']C110LOT-7~17260228~21S1').code).toBe(BarcodeError.BAD_CHARACTER);
  });

  it('surrounding whitespace and the Enter suffix are trimmed', () => {
    expect(gs1(`  ]C10109501101530003\r\n`).gtin).toBe(KEYS.gtin14);
  });
});

describe('error order', () => {
  it('a bad value before a syntax error is reported first', () => {
    expect(failure(`01${KEYS.gtin14}172613311`)).toMatchObject({
      code: BarcodeError.DATE_MONTH,
      params: { ai: '17' },
    });
    expect(failure(`01${KEYS.gtin14}172602281`)).toMatchObject({
      code: BarcodeError.INCOMPLETE_AI,
      params: { ai: '1', position: 25 },
    });
  });
});
