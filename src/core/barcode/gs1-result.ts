// Validates parsed AI elements and builds the `gs1` interpretation with its summary fields
// (gtin, lot, expiry, count, measures...). The first invalid element makes the whole scan an error.
import type { AiDefinition } from './ai-types.ts';
import { aiDefinition } from './ai-lookup.ts';
import { isMeasureAi, unitFromTitle } from './decode-value.ts';
import { BarcodeError, BarcodeWarning, type BarcodeIssue } from './errors.ts';
import { pairingWarnings } from './pairing-rules.ts';
import { problem } from './problem.ts';
import type { RawElement } from './raw-element.ts';
import type { Gs1Element, Gs1Form, Interpretation, Measure } from './types.ts';
import { validateElement } from './validate-element.ts';

type Summary = Partial<Record<SummaryField, string>>;
type SummaryField =
  | 'gtin'
  | 'contentGtin'
  | 'sscc'
  | 'lot'
  | 'serial'
  | 'expiry'
  | 'bestBefore'
  | 'sellBy'
  | 'productionDate'
  | 'packDate'
  | 'variant'
  | 'gln';

/** Which AI fills which summary field; 03 (made-to-order GTIN) counts as a GTIN. */
const SUMMARY_AIS: Readonly<Record<string, SummaryField>> = {
  '00': 'sscc',
  '01': 'gtin',
  '02': 'contentGtin',
  '03': 'gtin',
  '10': 'lot',
  '11': 'productionDate',
  '13': 'packDate',
  '15': 'bestBefore',
  '16': 'sellBy',
  '17': 'expiry',
  '20': 'variant',
  '21': 'serial',
  '414': 'gln',
};

const summarise = (elements: readonly Gs1Element[]) => {
  const summary: Summary = {};
  for (const e of elements) {
    const field = Object.hasOwn(SUMMARY_AIS, e.ai) ? SUMMARY_AIS[e.ai] : undefined;
    if (field && summary[field] === undefined) summary[field] = String(e.value);
  }
  // An expiry date-time (7003) stands in for a missing expiry date (17).
  const expiryTime = elements.find((e) => e.ai === '7003');
  if (!summary.expiry && expiryTime) summary.expiry = String(expiryTime.value).slice(0, 10);
  const count = elements.find((e) => e.ai === '37') ?? elements.find((e) => e.ai === '30');
  const measures: Measure[] = elements
    .filter((e) => isMeasureAi(e.ai) && typeof e.value === 'number')
    .map((e) => ({
      ai: e.ai,
      title: e.title,
      value: Number(e.value),
      unit: e.unit ?? unitFromTitle(e.title),
      // Logistic measures are those the dictionary pairs with an SSCC (req=00,01).
      logistic: (aiDefinition(e.ai)?.requires ?? []).some((alts) =>
        alts.some((a) => a.includes('00')),
      ),
    }));
  return { ...summary, ...(count ? { count: Number(count.value) } : {}), measures };
};

export const buildGs1 = (
  raw: readonly RawElement[],
  form: Gs1Form,
  text: string,
  now: Date,
  syntaxWarnings: readonly BarcodeIssue[],
): Interpretation => {
  const elements: Gs1Element[] = [];
  const defs: AiDefinition[] = [];
  const warnings: BarcodeIssue[] = [...syntaxWarnings];
  for (const { def, raw: value } of raw) {
    const outcome = validateElement(def, value, now);
    if ('error' in outcome) return { kind: 'error', text, ...outcome.error };
    const earlier = elements.find((e) => e.ai === def.ai);
    if (earlier && earlier.raw !== value) {
      const params = { ai: def.ai, title: def.title, first: earlier.raw, second: value };
      return { kind: 'error', text, ...problem(BarcodeError.DUPLICATE_AI, params) };
    }
    if (earlier) {
      warnings.push(problem(BarcodeWarning.AI_REPEATED, { ai: def.ai, title: def.title }));
      continue;
    }
    elements.push(outcome.element);
    defs.push(def);
  }
  if (elements.length === 0) return { kind: 'error', text, ...problem(BarcodeError.EMPTY) };
  warnings.push(...pairingWarnings(defs));
  return { kind: 'gs1', form, text, elements, ...summarise(elements), warnings };
};
