// Property tests: whatever arrives from a scanner or a keyboard, interpretation never throws and
// always answers with one of the union's kinds, well formed.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { gs1CheckDigit } from '#core/barcode/check-digit.ts';
import { BarcodeError } from '#core/barcode/errors.ts';
import { interpretBarcode } from '#core/barcode/interpret.ts';
import { mergeScan } from '#core/barcode/merge.ts';
import { resolveBarcode } from '#core/barcode/resolve.ts';
import type { Interpretation } from '#core/barcode/types.ts';
import { GS, KEYS, NOW } from './helpers.ts';

const ERROR_CODES = new Set<string>(Object.values(BarcodeError));

/** The shape every result must have, whatever its kind. */
const wellFormed = (r: Interpretation): void => {
  expect(typeof r.text).toBe('string');
  switch (r.kind) {
    case 'gs1':
      expect(r.elements.length).toBeGreaterThan(0);
      for (const e of r.elements) expect(e.ai).toMatch(/^\d{2,4}$/);
      if (r.gtin) expect(r.gtin).toMatch(/^\d{14}$/);
      if (r.expiry) expect(r.expiry).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      break;
    case 'gtin':
      expect(r.gtin).toMatch(/^\d{14}$/);
      expect(gs1CheckDigit(r.gtin.slice(0, 13))).toBe(Number(r.gtin.charAt(13)));
      break;
    case 'text':
      break;
    case 'error':
      expect(ERROR_CODES.has(r.code)).toBe(true);
      // INTERNAL means an exception was caught: a bug, even though the caller is protected.
      expect(r.code).not.toBe(BarcodeError.INTERNAL);
      expect(r.message.length).toBeGreaterThan(0);
      expect(r.message).not.toMatch(/\{\w+\}/);
      break;
    default:
      expect.fail(`unknown kind ${JSON.stringify(r)}`);
  }
};

const SYMBOLOGIES = [
  undefined,
  ']C1',
  ']E0',
  ']E4',
  ']d2',
  ']Q3',
  'upc_e',
  'ean_8',
  'itf',
  'qr_code',
];
const options = fc.record({
  gsSubstitute: fc.option(fc.constantFrom('~', '|', '^', '#', '1', 'A'), { nil: undefined }),
  symbology: fc.constantFrom(...SYMBOLOGIES),
  year: fc.integer({ min: 1970, max: 2200 }),
});
const run = (text: string, o: { gsSubstitute?: string; symbology?: string; year: number }) =>
  interpretBarcode(text, {
    now: new Date(Date.UTC(o.year, 5, 15)),
    ...(o.gsSubstitute ? { gsSubstitute: o.gsSubstitute } : {}),
    ...(o.symbology ? { symbology: o.symbology } : {}),
  });

const VALID_LABELS = [
  `01${KEYS.gtin14}17260228` + '10AB-123',
  `]C101${KEYS.gtin14}3103001250${GS}10L1${GS}21S1`,
  `(01)${KEYS.gtin14}(17)260228(10)AB-123`,
  `https://id.gs1.org/01/${KEYS.gtin14}/10/AB%2F1?17=260228&3103=001250`,
  `00${KEYS.sscc}02${KEYS.gtin14Case}3724`,
  KEYS.ean13,
  KEYS.upcA,
  KEYS.ean8,
  ']E004252614',
  'A-03-02-1',
];

/** A label with random edits: deletions, insertions, swaps, GS removed or added. */
const mutated = fc
  .tuple(
    fc.constantFrom(...VALID_LABELS),
    fc.array(
      fc.tuple(
        fc.constantFrom('delete', 'insert', 'swap', 'dropGs', 'addGs'),
        fc.nat(),
        fc.constantFrom(GS, '0', '9', '(', ')', '/', '%', '?', '=', 'A', ' ', ']', '\u00e9'),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  )
  .map(([label, edits]) => {
    let s = label;
    for (const [op, n, ch] of edits) {
      const i = s.length === 0 ? 0 : n % s.length;
      if (op === 'delete') s = s.slice(0, i) + s.slice(i + 1);
      else if (op === 'insert') s = s.slice(0, i) + ch + s.slice(i);
      else if (op === 'swap' && i + 1 < s.length)
        s = s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
      else if (op === 'dropGs') s = s.split(GS).join('');
      else if (op === 'addGs') s = s.slice(0, i) + GS + s.slice(i);
    }
    return s;
  });

// Generous timeouts: these run thousands of cases on shared machines (not a speed test).
describe('interpretBarcode never throws', { timeout: 120_000 }, () => {
  it('on random strings (full Unicode, lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), options, (text, o) => {
        wellFormed(run(text, o));
      }),
      { numRuns: 1500 },
    );
  });

  it('on random bytes read as Latin-1 (control characters, GS, NUL)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), options, (bytes, o) => {
        wellFormed(run(String.fromCharCode(...bytes), o));
      }),
      { numRuns: 1500 },
    );
  });

  it('on strings made of GS1 syntax characters', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789()/%?=&-ABC'.split(''),
      GS,
      'https://id.gs1.org/',
      ']C1',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        options,
        (text, o) => {
          wellFormed(run(text, o));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on mutated valid labels', () => {
    fc.assert(
      fc.property(mutated, options, (text, o) => {
        wellFormed(run(text, o));
      }),
      { numRuns: 3000 },
    );
  });

  it('merge and resolve never throw either', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutated, { maxLength: 5 }), async (texts) => {
        let line = null;
        for (const text of texts) {
          const r = interpretBarcode(text, { now: NOW });
          line = mergeScan(line, r).line;
          const resolved = await resolveBarcode(r, {
            itemByBarcode: (c) =>
              c.length % 3 === 0 ? Promise.reject(new Error('x')) : Promise.resolve(null),
            itemBySku: () => Promise.resolve(null),
            locationByBarcode: () => Promise.resolve(null),
          });
          expect(['item', 'location', 'document', 'error']).toContain(resolved.kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the three GS1 syntaxes agree', { timeout: 120_000 }, () => {
  const cset82 = fc.constantFrom(...'ABCXYZabc0123456789-./_'.split(''));
  const gtin = fc
    .string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 13, maxLength: 13 })
    .map((body) => body + String(gs1CheckDigit(body)));
  const date = fc
    .record({
      y: fc.integer({ min: 0, max: 99 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 0, max: 28 }),
    })
    .map(({ y, m, d }) => [y, m, d].map((n) => String(n).padStart(2, '0')).join(''));
  const lot = fc.array(cset82, { minLength: 1, maxLength: 20 }).map((a) => a.join(''));

  it('element string, bracketed form and Digital Link give the same elements', () => {
    fc.assert(
      fc.property(gtin, date, lot, lot, (g, exp, l, serial) => {
        const raw = interpretBarcode(`]C101${g}17${exp}10${l}${GS}21${serial}`, { now: NOW });
        const bracketed = interpretBarcode(`(01)${g}(17)${exp}(10)${l}(21)${serial}`, { now: NOW });
        const link = interpretBarcode(
          `https://example.com/01/${g}/10/${encodeURIComponent(l)}/21/${encodeURIComponent(serial)}?17=${exp}`,
          { now: NOW },
        );
        expect(raw.kind).toBe('gs1');
        if (raw.kind !== 'gs1' || bracketed.kind !== 'gs1' || link.kind !== 'gs1') {
          expect.fail(JSON.stringify([raw, bracketed, link]));
        }
        const byAi = (r: typeof raw) => Object.fromEntries(r.elements.map((e) => [e.ai, e.value]));
        expect(byAi(bracketed)).toEqual(byAi(raw));
        expect(byAi(link)).toEqual(byAi(raw));
        expect(raw).toMatchObject({ gtin: g, lot: l, serial });
      }),
      { numRuns: 500 },
    );
  });
});
