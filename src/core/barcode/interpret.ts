// The one entry point: scanned text in, an Interpretation out, never an exception.
//
// Order (first match wins):
// 1. A GS substitute configured by the site becomes GS (0x1D); so does U+241D (␝).
// 2. An AIM symbology identifier in front of the text (or `opts.symbology`) decides:
//    GS1 identifiers (]C1 ]e0 ]d2 ]Q3 ]J1...) → GS1 (Digital Link, bracketed or element string);
//    EAN/UPC/ITF identifiers → retail number (falls through to 3 if the digits do not fit).
// 3. Unmarked text: ISO 15434 envelope `[)>` → text; http(s) URI → Digital Link if its path
//    holds a primary key AI, else text; `(01)...` → bracketed; starts with or contains GS →
//    element string; 8/12/13/14 digits → GTIN (a wrong check digit is an error unless the
//    digits read cleanly as a date-first GS1 string); `00`/`01`/`02` + a key with a valid check
//    digit → element string; a date AI (11/13/15/16/17) followed by at least one more AI that
//    all validate → element string; anything else → text (the warehouse's own codes).
import { looksBracketed, parseBracketed } from './bracketed.ts';
import { hasValidCheckDigit } from './check-digit.ts';
import { looksLikeUri, parseDigitalLink } from './digital-link.ts';
import { parseElementString } from './element-string.ts';
import { BarcodeError } from './errors.ts';
import { buildGs1 } from './gs1-result.ts';
import { problem } from './problem.ts';
import { GS, type SyntaxOutcome } from './raw-element.ts';
import { interpretRetail, retailComposite } from './retail.ts';
import { splitAimPrefix, Symbology, symbologyHint } from './symbology.ts';
import type { Gs1Form, InterpretOptions, Interpretation } from './types.ts';

const KEY_FIRST = /^(?:00(\d{18})|0[12](\d{14}))/;
const DATE_FIRST = /^1[13567]\d{6}/;

const withGs = (text: string, substitute: string | undefined): string => {
  const replaced = substitute ? text.split(substitute).join(GS) : text;
  return replaced.split('\u241D').join(GS);
};

const fromSyntax = (
  outcome: SyntaxOutcome,
  form: Gs1Form,
  text: string,
  now: Date,
): Interpretation => {
  if (!('error' in outcome)) return buildGs1(outcome.elements, form, text, now, outcome.warnings);
  // Report problems in data order: a bad value before the syntax error is the real culprit.
  const before = outcome.parsed?.length ? buildGs1(outcome.parsed, form, text, now, []) : null;
  return before?.kind === 'error' ? before : { kind: 'error', text, ...outcome.error };
};

const asText = (text: string): Interpretation => ({ kind: 'text', text });

/** Data already known to be GS1 (from the symbology): never falls back to plain text. */
const interpretGs1 = (data: string, text: string, now: Date): Interpretation => {
  if (looksLikeUri(data)) {
    const link = parseDigitalLink(data);
    return link ? fromSyntax(link, 'digital-link', text, now) : asText(text);
  }
  if (data.startsWith('(')) return fromSyntax(parseBracketed(data), 'bracketed', text, now);
  const result = fromSyntax(parseElementString(data), 'element-string', text, now);
  // Some decoders report a DataBar GTIN as its bare 14 digits, without the (01).
  if (result.kind === 'error' && /^\d{14}$/.test(data) && hasValidCheckDigit(data)) {
    return { kind: 'gtin', gtin: data, symbol: 'gtin14', text };
  }
  return result;
};

/** A date-first element string is only believed when every element validates. */
const cleanDateFirst = (data: string, text: string, now: Date): Interpretation | null => {
  if (!DATE_FIRST.test(data)) return null;
  const result = fromSyntax(parseElementString(data), 'element-string', text, now);
  return result.kind === 'gs1' && result.elements.length >= 2 ? result : null;
};

const interpretUnmarked = (data: string, text: string, now: Date): Interpretation => {
  if (data.startsWith('[)>')) return asText(text);
  if (looksLikeUri(data)) {
    const link = parseDigitalLink(data);
    return link ? fromSyntax(link, 'digital-link', text, now) : asText(text);
  }
  if (looksBracketed(data)) return fromSyntax(parseBracketed(data), 'bracketed', text, now);
  if (data.startsWith(GS) || (data.includes(GS) && /^\d/.test(data))) {
    return fromSyntax(parseElementString(data), 'element-string', text, now);
  }
  const retail = interpretRetail(data, undefined, text);
  if (retail) return retail.kind === 'gtin' ? retail : (cleanDateFirst(data, text, now) ?? retail);
  const key = KEY_FIRST.exec(data);
  if (key && hasValidCheckDigit(key[1] ?? key[2] ?? '')) {
    return fromSyntax(parseElementString(data), 'element-string', text, now);
  }
  return cleanDateFirst(data, text, now) ?? asText(text);
};

const interpret = (input: string, opts: InterpretOptions): Interpretation => {
  if (Number.isNaN(opts.now.getTime())) throw new Error('opts.now is not a valid Date');
  const { aim, body } = splitAimPrefix(input.trim());
  const text = body.trim();
  const hint = symbologyHint(aim ?? opts.symbology);
  // Before GS substitution: a site whose substitute is `|` would turn the separator into GS.
  const composite = retailComposite(text, hint);
  if (composite) return composite;
  const data = withGs(text, opts.gsSubstitute);
  if (data === '' || data.split(GS).join('') === '') {
    return { kind: 'error', text, ...problem(BarcodeError.EMPTY) };
  }
  if (hint === Symbology.GS1) return interpretGs1(data, text, opts.now);
  const retail = hint ? interpretRetail(data, hint, text, opts) : null;
  return retail ?? interpretUnmarked(data, text, opts.now);
};

/**
 * Interprets scanned or typed barcode text. `text` in every result is the input without
 * surrounding whitespace and without a leading AIM symbology identifier (GS substitute kept).
 */
export const interpretBarcode = (text: string, opts: InterpretOptions): Interpretation => {
  try {
    return interpret(text, opts);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { kind: 'error', text: String(text), ...problem(BarcodeError.INTERNAL, { reason }) };
  }
};
