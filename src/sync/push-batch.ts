// How many waiting ops one push carries: at most maxOps, and payloads up to PUSH_BYTES, so a
// batch with photos of damage stays under the server's 4 MB body limit (P17); at least one op.
export const PUSH_BYTES = 3 * 1024 * 1024;

export function takeBatch<O extends { payload: unknown }>(
  pending: readonly O[],
  maxOps: number,
  maxBytes = PUSH_BYTES,
): O[] {
  const batch: O[] = [];
  let bytes = 0;
  for (const op of pending.slice(0, maxOps)) {
    bytes += JSON.stringify(op.payload ?? null).length;
    if (batch.length && bytes > maxBytes) break;
    batch.push(op);
  }
  return batch;
}
