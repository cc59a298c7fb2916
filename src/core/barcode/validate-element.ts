// Checks one AI's data against its dictionary components (lengths, character set, linters) and
// decodes it. Every failure names the AI and says what is wrong.
import type { AiComponent, AiDefinition } from './ai-types.ts';
import { charsetName, firstBadChar } from './charsets.ts';
import { decodeValue } from './decode-value.ts';
import { BarcodeError, type BarcodeProblem } from './errors.ts';
import { runLinter } from './linters.ts';
import { problem } from './problem.ts';
import type { Gs1Element } from './types.ts';

export type ElementOutcome = { readonly element: Gs1Element } | { readonly error: BarcodeProblem };

/** Splits `raw` into component parts, or says which length rule it breaks. */
const splitParts = (
  components: readonly AiComponent[],
  raw: string,
): string[] | { code: 'VALUE_TOO_SHORT' | 'VALUE_TOO_LONG'; params: Record<string, number> } => {
  const parts: string[] = [];
  let pos = 0;
  for (const c of components) {
    if (pos >= raw.length && c.optional) break;
    const take = c.min === c.max ? c.max : Math.min(c.max, raw.length - pos);
    if (raw.length - pos < Math.max(take, c.min)) {
      return {
        code: BarcodeError.VALUE_TOO_SHORT,
        params: { length: raw.length, min: pos + c.min },
      };
    }
    parts.push(raw.slice(pos, pos + take));
    pos += take;
  }
  if (pos < raw.length) {
    const max = components.reduce((sum, c) => sum + c.max, 0);
    return { code: BarcodeError.VALUE_TOO_LONG, params: { length: raw.length, max } };
  }
  return parts;
};

export const validateElement = (def: AiDefinition, raw: string, now: Date): ElementOutcome => {
  const named = { ai: def.ai, title: def.title };
  if (raw === '') return { error: problem(BarcodeError.VALUE_MISSING, named) };
  const about = { ...named, value: raw };
  const parts = splitParts(def.components, raw);
  if (!Array.isArray(parts)) return { error: problem(parts.code, { ...about, ...parts.params }) };

  let offset = 0;
  for (const [i, part] of parts.entries()) {
    const c = def.components[i];
    if (!c) break;
    const bad = firstBadChar(c.type, part);
    if (bad >= 0) {
      const where = { char: part.charAt(bad), position: offset + bad + 1 };
      return c.type === 'N'
        ? { error: problem(BarcodeError.NOT_DIGITS, { ...about, ...where }) }
        : {
            error: problem(BarcodeError.BAD_CHARACTER, {
              ...about,
              ...where,
              charset: charsetName[c.type],
            }),
          };
    }
    for (const linter of c.linters) {
      const failure = runLinter(linter, part, now);
      if (failure) return { error: problem(failure.code, { ...about, ...failure.params }) };
    }
    offset += part.length;
  }
  return { element: { ...named, raw, ...decodeValue(def, raw, parts, now) } };
};
