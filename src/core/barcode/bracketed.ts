// Parses the human-readable bracketed form `(01)09501101530003(17)260228(10)AB-123`, as typed
// from a label. A `(` opens a new AI only when it encloses a known AI; `\(` is a literal `(`.
// Spaces around values are dropped (they are never valid AI data) and so are GS characters.
import { aiDefinition } from './ai-lookup.ts';
import { BarcodeError } from './errors.ts';
import { problem } from './problem.ts';
import { GS, type RawElement, type SyntaxOutcome } from './raw-element.ts';

const AI_IN_BRACKETS = /\((\d{2,4})\)/y;

/** The AI enclosed in brackets at `pos`, when there is one. */
const bracketAt = (text: string, pos: number): { ai: string; length: number } | null => {
  AI_IN_BRACKETS.lastIndex = pos;
  const m = AI_IN_BRACKETS.exec(text);
  return m?.[1] ? { ai: m[1], length: m[0].length } : null;
};

/** True when the text starts with a bracketed known AI, e.g. `(01)`. */
export const looksBracketed = (text: string): boolean => {
  const first = bracketAt(text, 0);
  return first !== null && aiDefinition(first.ai) !== undefined;
};

export const parseBracketed = (text: string): SyntaxOutcome => {
  const elements: RawElement[] = [];
  let pos = 0;
  while (pos < text.length) {
    const open = bracketAt(text, pos);
    if (!open) return { error: problem(BarcodeError.BRACKET_SYNTAX, { position: pos + 1 }) };
    const def = aiDefinition(open.ai);
    if (!def)
      return { error: problem(BarcodeError.UNKNOWN_AI, { ai: open.ai, position: pos + 2 }) };
    pos += open.length;
    let value = '';
    while (pos < text.length) {
      const next = bracketAt(text, pos);
      if (next && aiDefinition(next.ai)) break;
      if (text.startsWith('\\(', pos)) {
        value += '(';
        pos += 2;
        continue;
      }
      value += text.charAt(pos);
      pos++;
    }
    elements.push({ def, raw: value.split(GS).join('').trim() });
  }
  return { elements, warnings: [] };
};
