// Finding AIs in the generated table: by number, at a position in an element string, by pattern.
import type { AiDefinition } from './ai-types.ts';
import { gs1AiTable } from './gs1-ai-table.ts';

/** The definition of one AI, or undefined (never a prototype property for odd keys). */
export const aiDefinition = (ai: string): AiDefinition | undefined =>
  /^\d{2,4}$/.test(ai) && Object.hasOwn(gs1AiTable, ai) ? gs1AiTable[ai] : undefined;

/**
 * The AI that starts at `pos`. AIs are 2 to 4 digits and no AI is a prefix of another (the unit
 * tests check this), so the first length that matches is the only one.
 */
export const aiAt = (data: string, pos: number): AiDefinition | undefined => {
  for (let length = 2; length <= 4; length++) {
    const def = aiDefinition(data.slice(pos, pos + length));
    if (def) return def;
  }
  return undefined;
};

/** Total data length of a pre-defined length AI (all its components are fixed). */
export const predefinedDataLength = (def: AiDefinition): number =>
  def.components.reduce((sum, c) => sum + c.max, 0);

/** Dictionary patterns such as `31nn` or `390n`: `n` matches any digit. */
export const aiMatches = (ai: string, pattern: string): boolean =>
  ai.length === pattern.length &&
  Array.from({ length: pattern.length }, (_, i) => i).every(
    (i) => pattern.charAt(i) === 'n' || pattern.charAt(i) === ai.charAt(i),
  );
