// Parses GS1 Digital Link URIs: any host and path prefix, then a primary key AI and its value,
// then ordered qualifier AIs from the key's `dlpkey` list; data attribute AIs (dictionary flag
// `?`) in the query. Other query parameters are ignored. Returns null when the URI has no
// primary key AI in its path, i.e. it is not a Digital Link at all.
import type { AiDefinition } from './ai-types.ts';
import { aiDefinition } from './ai-lookup.ts';
import { BarcodeError, BarcodeWarning, type BarcodeIssue } from './errors.ts';
import { problem } from './problem.ts';
import type { RawElement, SyntaxOutcome } from './raw-element.ts';

const URI = /^https?:\/\/[^/?#]*([^?#]*)(?:\?([^#]*))?/i;

export const looksLikeUri = (text: string): boolean => /^https?:\/\//i.test(text);

const decode = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

/** Digital Link allows GTIN-8/12/13 in the path; element strings always carry 14 digits. */
const padGtin = (ai: string, value: string): string =>
  ai === '01' && /^(\d{8}|\d{12,13})$/.test(value) ? value.padStart(14, '0') : value;

/** Checks the qualifiers against the key's alternatives: unknown or mixed is an error. */
const checkQualifiers = (key: AiDefinition, quals: readonly string[]): SyntaxOutcome | null => {
  const alternatives = key.dlPrimaryKey ?? [[]];
  const alt = alternatives.find((a) => quals.every((q) => a.includes(q)));
  if (!alt) {
    const fits = alternatives.find((a) => a.includes(quals[0] ?? '')) ?? [];
    const bad = quals.find((q) => !fits.includes(q)) ?? '';
    return { error: problem(BarcodeError.DL_BAD_QUALIFIER, { ai: bad, key: key.ai }) };
  }
  const outOfOrder = quals.find(
    (q, i) => i > 0 && alt.indexOf(q) <= alt.indexOf(quals[i - 1] ?? ''),
  );
  const warnings: BarcodeIssue[] = outOfOrder
    ? [problem(BarcodeWarning.DL_QUALIFIER_ORDER, { ai: outOfOrder, key: key.ai })]
    : [];
  return { elements: [], warnings };
};

const pathElements = (segments: readonly string[], start: number): SyntaxOutcome => {
  const elements: RawElement[] = [];
  for (let i = start; i < segments.length; i += 2) {
    const name = segments[i] ?? '';
    const def = aiDefinition(name);
    const key = elements[0]?.def;
    if (!def || (key && !(key.dlPrimaryKey ?? []).some((alt) => alt.includes(name)))) {
      return { error: problem(BarcodeError.DL_BAD_QUALIFIER, { ai: name, key: key?.ai ?? '' }) };
    }
    const encoded = segments[i + 1];
    if (encoded === undefined) {
      return { error: problem(BarcodeError.DL_MISSING_VALUE, { ai: def.ai, title: def.title }) };
    }
    const value = decode(encoded);
    if (value === null)
      return { error: problem(BarcodeError.DL_BAD_ENCODING, { segment: encoded }) };
    elements.push({ def, raw: padGtin(def.ai, value) });
  }
  const [key, ...quals] = elements;
  const check = key
    ? checkQualifiers(
        key.def,
        quals.map((q) => q.def.ai),
      )
    : null;
  if (check && 'error' in check) return check;
  return { elements, warnings: check?.warnings ?? [] };
};

const queryElements = (query: string): SyntaxOutcome => {
  const elements: RawElement[] = [];
  const warnings: BarcodeIssue[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || !/^\d+$/.test(pair.slice(0, eq))) continue;
    const param = pair.slice(0, eq);
    const def = aiDefinition(param);
    if (!def?.dlDataAttribute) {
      warnings.push(problem(BarcodeWarning.DL_PARAM_IGNORED, { param }));
      continue;
    }
    const value = decode(pair.slice(eq + 1));
    if (value === null) return { error: problem(BarcodeError.DL_BAD_ENCODING, { segment: pair }) };
    elements.push({ def, raw: value });
  }
  return { elements, warnings };
};

export const parseDigitalLink = (uri: string): SyntaxOutcome | null => {
  const m = URI.exec(uri);
  if (!m) return null;
  const segments = (m[1] ?? '').split('/').filter((s) => s !== '');
  const start = segments.findIndex((s) => aiDefinition(s)?.dlPrimaryKey !== undefined);
  if (start < 0) return null;
  const path = pathElements(segments, start);
  if ('error' in path) return path;
  const query = queryElements(m[2] ?? '');
  if ('error' in query) return query;
  return {
    elements: [...path.elements, ...query.elements],
    warnings: [...path.warnings, ...query.warnings],
  };
};
