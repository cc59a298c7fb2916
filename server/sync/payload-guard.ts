// What no op payload may hold, whatever its type: nesting deeper than any real payload, or a NUL
// in a string or key (PostgreSQL cannot store it, SQLite would store it and the two would
// disagree). Checked before the schema, so every op type is covered, also ones added later.

/** Real payloads nest four levels at most (count lines, scans); a little room for new types. */
export const MAX_PAYLOAD_DEPTH = 16;

/** A reason the payload is refused, or null when it may go on to its schema. */
export function payloadFault(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return 'holds a NUL character';
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_PAYLOAD_DEPTH) return `nests deeper than ${MAX_PAYLOAD_DEPTH} levels`;
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\u0000')) return 'holds a NUL character';
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}
