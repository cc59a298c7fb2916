// Turns validated AI data into typed values: ISO dates, counts, measures and amounts with their
// implied decimal point (the last digit of AIs 31nn-36nn and 390n-395n) and their unit.
import type { AiDefinition } from './ai-types.ts';
import { checkLongDate, checkShortDate } from './dates.ts';

/** AIs whose last digit is the number of implied decimals. */
export const hasImpliedDecimals = (ai: string): boolean => /^(3[1-6]\d|39[0-5])\d$/.test(ai);
export const isMeasureAi = (ai: string): boolean => /^3[1-6]\d\d$/.test(ai);
const COUNT_AIS = new Set(['30', '37']);
const CURRENCY_AIS = /^39[13]\d$/;
const PERCENT_AIS = /^394\d$/;

/** `001250` with 3 decimals is 1.25: built as a decimal string so no float error creeps in. */
export const impliedDecimal = (digits: string, decimals: number): number => {
  const padded = digits.padStart(decimals + 1, '0');
  const point = padded.length - decimals;
  return Number(`${padded.slice(0, point)}.${padded.slice(point)}`);
};

/** The unit in a title: `NET WEIGHT (kg)` → `kg`, `VOLUME (qt (US)), log` → `qt (US)`. */
export const unitFromTitle = (title: string): string => {
  const open = title.indexOf('(');
  if (open >= 0) {
    let depth = 0;
    for (let i = open; i < title.length; i++) {
      if (title[i] === '(') depth++;
      if (title[i] === ')' && --depth === 0) return title.slice(open + 1, i);
    }
  }
  const per = /^(\S+) PER (\S+)$/.exec(title);
  return per?.[1] && per[2] ? `${per[1].toLowerCase()}/${per[2]}` : '';
};

const dateOf = (linter: string, part: string, now: Date): string | null => {
  const outcome =
    linter === 'yyyymmdd'
      ? checkLongDate(part)
      : linter === 'yymmd0' || linter === 'yymmdd'
        ? checkShortDate(part, linter === 'yymmd0', now)
        : null;
  return outcome && 'iso' in outcome ? outcome.iso : null;
};

const TIME_SUFFIX: Readonly<Record<string, (p: string) => string>> = {
  hhmi: (p) => `T${p.slice(0, 2)}:${p.slice(2, 4)}`,
  hh: (p) => `T${p}`,
  mi: (p) => `:${p}`,
  ss: (p) => `:${p}`,
};

/** Date components as ISO (times appended, a second date as an ISO interval), or null. */
const dateValue = (def: AiDefinition, parts: readonly string[], now: Date): string | null => {
  let out = '';
  for (const [i, part] of parts.entries()) {
    const linter = def.components[i]?.linters[0] ?? '';
    const date = dateOf(linter, part, now);
    const suffix = TIME_SUFFIX[linter];
    if (date) out += out ? `/${date}` : date;
    else if (suffix && out) out += suffix(part);
    else return null;
  }
  return out || null;
};

export const decodeValue = (
  def: AiDefinition,
  raw: string,
  parts: readonly string[],
  now: Date,
): { value: string | number; unit?: string } => {
  if (COUNT_AIS.has(def.ai)) return { value: Number(raw) };
  if (hasImpliedDecimals(def.ai)) {
    const decimals = Number(def.ai.slice(-1));
    const amount = impliedDecimal(parts.at(-1) ?? '', decimals);
    if (CURRENCY_AIS.test(def.ai)) return { value: amount, unit: parts[0] ?? '' };
    if (PERCENT_AIS.test(def.ai)) return { value: amount, unit: '%' };
    const unit = isMeasureAi(def.ai) ? unitFromTitle(def.title) : '';
    return unit ? { value: amount, unit } : { value: amount };
  }
  return { value: dateValue(def, parts, now) ?? raw };
};
