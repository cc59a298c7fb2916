// The dictionary's `req=` and `ex=` pairing rules, reported as warnings only: labels in the
// wild break them, and a split label carries GTIN and lot on two separate scans.
import type { AiDefinition } from './ai-types.ts';
import { aiMatches } from './ai-lookup.ts';
import { BarcodeWarning, type BarcodeIssue } from './errors.ts';
import { problem } from './problem.ts';

/** `[['01','21'],['02']]` → `(01)+(21) / (02)`: AI numbers only, so any language can use it. */
const describe = (alternatives: readonly (readonly string[])[]): string =>
  alternatives.map((alt) => alt.map((p) => `(${p})`).join('+')).join(' / ');

export const pairingWarnings = (defs: readonly AiDefinition[]): BarcodeIssue[] => {
  const present = defs.map((d) => d.ai);
  const has = (pattern: string): boolean => present.some((ai) => aiMatches(ai, pattern));
  const warnings: BarcodeIssue[] = [];
  const reportedPairs = new Set<string>();
  for (const def of defs) {
    for (const alternatives of def.requires ?? []) {
      if (!alternatives.some((alt) => alt.every(has))) {
        warnings.push(
          problem(BarcodeWarning.REQUIRED_AI_MISSING, {
            ai: def.ai,
            title: def.title,
            requires: describe(alternatives),
          }),
        );
      }
    }
    for (const pattern of def.excludes ?? []) {
      for (const other of present) {
        const pair = [def.ai, other].sort().join('|');
        if (other === def.ai || !aiMatches(other, pattern) || reportedPairs.has(pair)) continue;
        reportedPairs.add(pair);
        warnings.push(problem(BarcodeWarning.AI_EXCLUDED, { ai: def.ai, other }));
      }
    }
  }
  return warnings;
};
