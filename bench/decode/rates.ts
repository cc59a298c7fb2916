// Decode rates on the corpus: every image at each rotation through every engine variant in the
// page, judged in Node, counted per set and rotation against the pass counts ZXing's own tests
// require (fast vs tryHarder requirement by the variant's mode).

import type { Page } from 'playwright-core';
import type { BarcodeFormat, EngineName } from '../../src/scan/engines/engine.ts';
import { judge } from './compare.ts';
import type { CorpusSet } from './corpus.ts';
import type { DecodeCall, ImageOutcome } from './harness-api.ts';
import { decodeImage } from './harness-client.ts';

export interface RateVariant {
  id: string;
  /** Engine instance id in the page. */
  engine: string;
  engineName: EngineName;
  tryHarder: boolean;
}

export interface RotationCount {
  rotation: number;
  images: number;
  pass: number;
  misread: number;
  miss: number;
  required?: number;
  meets?: boolean;
  msMean: number;
}

export interface SetRates {
  id: string;
  format: BarcodeFormat;
  source: string;
  requiredBy?: string;
  rotations: RotationCount[];
  /** "image@rotation" of every image that was not read. */
  missed: string[];
  /** "image@rotation: format text" of every image read wrongly. */
  misread: string[];
}

export interface VariantRates {
  variant: string;
  engine: EngineName;
  tryHarder: boolean;
  sets: SetRates[];
}

function emptySet(set: CorpusSet, rotations: number[], tryHarder: boolean): SetRates {
  return {
    id: set.id,
    format: set.format,
    source: set.source,
    requiredBy: set.requiredBy,
    rotations: rotations.map((rotation) => {
      const requirement = set.requirements.find((r) => r.rotation === rotation);
      const required = requirement && (tryHarder ? requirement.tryHarder : requirement.fast);
      return { rotation, images: 0, pass: 0, misread: 0, miss: 0, required, msMean: 0 };
    }),
    missed: [],
    misread: [],
  };
}

function count(
  rates: SetRates,
  set: CorpusSet,
  name: string,
  expected: string,
  outcome: ImageOutcome,
  index: number,
) {
  const call = outcome.calls[index]!;
  const verdict = call.error ? 'miss' : judge(set, expected, call.results);
  const slot = rates.rotations.find((r) => r.rotation === outcome.rotation)!;
  slot.msMean = (slot.msMean * slot.images + call.ms) / (slot.images + 1);
  slot.images++;
  slot[verdict]++;
  const where = `${name}@${outcome.rotation}`;
  if (verdict === 'miss') rates.missed.push(where);
  if (verdict === 'misread') {
    const got = call.results.map((r) => `${r.format} ${JSON.stringify(r.text)}`).join(', ');
    rates.misread.push(`${where}: ${got}`);
  }
}

export interface RateOptions {
  rotationsFor(set: CorpusSet): number[];
  onSet?(set: CorpusSet, rates: SetRates[]): void;
}

export async function measureRates(
  page: Page,
  baseUrl: string,
  sets: CorpusSet[],
  variants: RateVariant[],
  options: RateOptions,
): Promise<VariantRates[]> {
  const results: VariantRates[] = variants.map((v) => ({
    variant: v.id,
    engine: v.engineName,
    tryHarder: v.tryHarder,
    sets: [],
  }));
  const calls: DecodeCall[] = variants.map((v) => ({ engine: v.engine, tryHarder: v.tryHarder }));
  for (const set of sets) {
    const rotations = options.rotationsFor(set);
    const perVariant = variants.map((v) => emptySet(set, rotations, v.tryHarder));
    for (const image of set.images) {
      const outcomes = await decodeImage(
        page,
        `${baseUrl}corpus/${image.urlPath}`,
        rotations,
        calls,
      );
      for (const outcome of outcomes) {
        perVariant.forEach((rates, i) => count(rates, set, image.name, image.expected, outcome, i));
      }
    }
    for (const rates of perVariant) {
      for (const slot of rates.rotations) {
        if (slot.required !== undefined) slot.meets = slot.pass >= slot.required;
      }
    }
    perVariant.forEach((rates, i) => results[i]!.sets.push(rates));
    options.onSet?.(set, perVariant);
  }
  return results;
}
