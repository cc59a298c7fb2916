// The decode-rate phase of the benchmark: the corpus through every available engine variant,
// printed as tables and returned as the "decodeRates" section of decode.json.

import type { Page } from 'playwright-core';
import { type CorpusSet, loadCorpus } from './corpus.ts';
import type { EngineStatus } from './harness-api.ts';
import { CORPUS_DIR } from './harness-server.ts';
import { available, RATE_VARIANTS } from './plan.ts';
import { measureRates, type SetRates } from './rates.ts';
import { formatTable, setTable, verdictTable } from './report.ts';
import { summarize } from './summary.ts';

export interface RateOptions {
  /** Only sets whose id contains one of these. */
  sets?: string[];
  /** Also 90° and 270° where a set requires them (2D sets). Default: 0° and 180°. */
  allRotations?: boolean;
}

function rotationsFor(all: boolean) {
  return (set: CorpusSet) => {
    const extra = all ? set.requirements.map((r) => r.rotation) : [];
    return [...new Set([0, 180, ...extra])].sort((a, b) => a - b);
  };
}

const progress = (ids: string[], perVariant: SetRates[]) =>
  perVariant
    .map(
      (r, i) => `${ids[i]} ${r.rotations.map((s) => `${s.pass}/${s.required ?? '-'}`).join(' ')}`,
    )
    .join(' | ');

export async function ratePhase(
  page: Page,
  baseUrl: string,
  statuses: EngineStatus[],
  opts: RateOptions,
  log: (line: string) => void,
) {
  const filters = opts.sets;
  const only = filters && ((id: string) => filters.some((f) => id.includes(f)));
  const sets = await loadCorpus(CORPUS_DIR, only);
  const variants = RATE_VARIANTS.filter((v) => available(statuses, v.engine));
  const images = sets.reduce((n, s) => n + s.images.length, 0);
  log(`\nDecode rates: ${sets.length} sets, ${images} images`);
  const measuredAt = new Date().toISOString();
  const measured = await measureRates(page, baseUrl, sets, variants, {
    rotationsFor: rotationsFor(opts.allRotations ?? false),
    onSet: (set, perVariant) =>
      log(
        `  ${set.id}: ${progress(
          variants.map((v) => v.id),
          perVariant,
        )}`,
      ),
  });
  const summaries = measured.map(summarize);
  log('\nPasses per set and rotation (pass/required; "!" short of it; mN = N misreads)\n');
  log(setTable(measured));
  log('\nPer format: passes (rate) and passes on sets with a requirement vs the sum required\n');
  log(formatTable(summaries));
  log('\n' + verdictTable(summaries));
  const missing = RATE_VARIANTS.filter((v) => !available(statuses, v.engine)).map((v) => ({
    variant: v.id,
    available: false as const,
    reason: statuses.find((s) => s.id === v.engine)?.reason ?? 'not started',
  }));
  for (const m of missing) log(`${m.variant}: not available (${m.reason})`);
  return {
    measuredAt,
    allRotations: opts.allRotations ?? false,
    sets: opts.sets ?? 'all',
    variants: [
      ...measured.map((m, i) => ({ available: true as const, ...m, summary: summaries[i] })),
      ...missing,
    ],
  };
}
