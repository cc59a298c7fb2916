import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { GS1_DICTIONARY_RELEASE, gs1AiTable } from '#core/barcode/gs1-ai-table.ts';
import { aiAt, aiDefinition, aiMatches } from '#core/barcode/ai-lookup.ts';
import {
  dictionaryRelease,
  parseDictionary,
  renderAiTable,
} from '../../../scripts/gs1-dictionary.ts';

const DICTIONARY = fileURLToPath(
  new URL('../../../../shared/gs1/gs1-syntax-dictionary.txt', import.meta.url),
);
const TABLE = fileURLToPath(new URL('../../../src/core/barcode/gs1-ai-table.ts', import.meta.url));
const haveDictionary = existsSync(DICTIONARY);
if (!haveDictionary) {
  console.warn(`SKIPPED: GS1 table regeneration check, ${DICTIONARY} is absent (CI may lack it)`);
}

describe('generated AI table', () => {
  // Prettier formats ~5000 lines here: allow for slow shared machines (not a speed test).
  it.skipIf(!haveDictionary)(
    'regenerating from the dictionary gives the committed file',
    { timeout: 60_000 },
    async () => {
      const text = readFileSync(DICTIONARY, 'utf8');
      expect(await renderAiTable(text, TABLE)).toBe(readFileSync(TABLE, 'utf8'));
      expect(GS1_DICTIONARY_RELEASE).toBe(dictionaryRelease(text));
    },
  );

  it('names the dictionary release in its header', () => {
    expect(readFileSync(TABLE, 'utf8')).toMatch(/^\/\/ GENERATED .*release \d{4}-\d{2}-\d{2}/);
  });

  const ais = Object.keys(gs1AiTable);

  it('no AI is a prefix of another, so an element string has one reading', () => {
    const clashes = ais.filter((a) => ais.some((b) => b !== a && b.startsWith(a)));
    expect(clashes).toEqual([]);
  });

  it('pre-defined length AIs have only fixed-length components', () => {
    const bad = Object.values(gs1AiTable).filter(
      (d) => d.predefinedLength && d.components.some((c) => c.min !== c.max || c.optional),
    );
    expect(bad.map((d) => d.ai)).toEqual([]);
  });

  it('expands ranges', () => {
    expect(['3100', '3105', '3920', '3929', '91', '99'].every((ai) => aiDefinition(ai))).toBe(true);
    expect(aiDefinition('3106')).toBeUndefined();
    expect(aiDefinition('3944')).toBeUndefined();
  });

  it.each([
    [
      '00',
      'SSCC',
      true,
      true,
      [{ type: 'N', min: 18, max: 18, optional: false, linters: ['csum', 'gcppos2'] }],
    ],
    [
      '10',
      'BATCH/LOT',
      false,
      true,
      [{ type: 'X', min: 1, max: 20, optional: false, linters: [] }],
    ],
    [
      '17',
      'USE BY or EXPIRY',
      true,
      true,
      [{ type: 'N', min: 6, max: 6, optional: false, linters: ['yymmd0'] }],
    ],
    ['21', 'SERIAL', false, false, [{ type: 'X', min: 1, max: 20, optional: false, linters: [] }]],
    [
      '3103',
      'NET WEIGHT (kg)',
      true,
      true,
      [{ type: 'N', min: 6, max: 6, optional: false, linters: [] }],
    ],
    [
      '253',
      'GDTI',
      false,
      true,
      [
        { type: 'N', min: 13, max: 13, optional: false, linters: ['csum', 'gcppos1'] },
        { type: 'X', min: 1, max: 17, optional: true, linters: [] },
      ],
    ],
  ])('AI %s: title, flags and components', (ai, title, predefined, dlAttr, components) => {
    expect(aiDefinition(ai)).toMatchObject({
      ai,
      title,
      predefinedLength: predefined,
      dlDataAttribute: dlAttr,
      components,
    });
  });

  it('keeps Digital Link keys, qualifiers and pairing rules', () => {
    expect(aiDefinition('01')?.dlPrimaryKey).toEqual([['22', '10', '21'], ['235']]);
    expect(aiDefinition('00')?.dlPrimaryKey).toEqual([[]]);
    expect(aiDefinition('414')?.dlPrimaryKey).toEqual([['254'], ['7040']]);
    expect(aiDefinition('10')?.dlPrimaryKey).toBeUndefined();
    expect(aiDefinition('01')?.excludes).toEqual(['255', '37']);
    expect(aiDefinition('250')?.requires).toEqual([[['01'], ['8006']], [['21']]]);
    expect(aiDefinition('7004')?.requires).toEqual([[['01', '10']]]);
  });

  it('finds the AI at a position and matches patterns', () => {
    expect(aiAt('xx3103001250', 2)?.ai).toBe('3103');
    expect(aiAt('8013ABC', 0)?.ai).toBe('8013');
    expect(aiAt('23', 0)).toBeUndefined();
    expect(aiMatches('3103', '31nn')).toBe(true);
    expect(aiMatches('3203', '31nn')).toBe(false);
    expect(aiMatches('390', '390n')).toBe(false);
  });
});

describe('dictionary parser', () => {
  const sample = [
    '# Release: 2099-01-01',
    '',
    '7007        ?  N6,yymmdd [N6],yymmdd             req=01,02                 # HARVEST DATE',
    '3100-3101  *?  N6                                req=01,02 ex=310n         # NET WEIGHT (kg)',
    '8110        ?  X..70,couponcode',
    '235            X..28                             req=01+21 dlpkey=22|10,21 # TPX',
  ].join('\n');

  it('reads flags, optional components with linters outside the brackets, titles and attributes', () => {
    const defs = parseDictionary(sample);
    expect(defs.map((d) => d.ai)).toEqual(['7007', '3100', '3101', '8110', '235']);
    expect(defs[0]?.components[1]).toEqual({
      type: 'N',
      min: 6,
      max: 6,
      optional: true,
      linters: ['yymmdd'],
    });
    expect(defs[1]).toMatchObject({
      predefinedLength: true,
      dlDataAttribute: true,
      excludes: ['310n'],
    });
    expect(defs[3]).toMatchObject({ title: '', predefinedLength: false, dlDataAttribute: true });
    expect(defs[4]).toMatchObject({
      dlDataAttribute: false,
      requires: [[['01', '21']]],
      dlPrimaryKey: [['22'], ['10', '21']],
    });
    expect(dictionaryRelease(sample)).toBe('2099-01-01');
  });

  it('rejects a malformed specification', () => {
    expect(() => parseDictionary('01  *  Q14  # BAD')).toThrow(/line 1/);
    expect(() => dictionaryRelease('no header')).toThrow(/Release/);
  });
});
