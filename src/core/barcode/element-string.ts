// Parses GS1 element strings as scanners send them: FNC1 in first position implied, GS (0x1D)
// after each variable-length AI except the last. Pre-defined length AIs (dictionary flag `*`)
// take their fixed length and need no GS; a superfluous GS after one is tolerated.
import { aiAt, predefinedDataLength } from './ai-lookup.ts';
import { BarcodeError } from './errors.ts';
import { problem } from './problem.ts';
import { GS, type RawElement, type SyntaxOutcome } from './raw-element.ts';

const unknownAi = (data: string, pos: number, parsed: RawElement[]): SyntaxOutcome => {
  const head = /^\d{0,4}/.exec(data.slice(pos))?.[0] ?? '';
  const rest = data.slice(pos);
  // Fewer digits than any AI needs, at the very end: the data was cut short.
  if (head === rest && head.length < 4) {
    return { error: problem(BarcodeError.INCOMPLETE_AI, { ai: head, position: pos + 1 }), parsed };
  }
  const ai = head.length >= 2 ? head : data.slice(pos, pos + 2);
  return { error: problem(BarcodeError.UNKNOWN_AI, { ai, position: pos + 1 }), parsed };
};

export const parseElementString = (data: string): SyntaxOutcome => {
  const elements: RawElement[] = [];
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === GS) {
      pos++;
      continue;
    }
    const def = aiAt(data, pos);
    if (!def) return unknownAi(data, pos, elements);
    pos += def.ai.length;
    const gs = data.indexOf(GS, pos);
    const end = gs < 0 ? data.length : gs;
    const stop = def.predefinedLength ? Math.min(end, pos + predefinedDataLength(def)) : end;
    elements.push({ def, raw: data.slice(pos, stop) });
    pos = stop;
  }
  return { elements, warnings: [] };
};
