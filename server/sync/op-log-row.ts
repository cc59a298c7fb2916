// How an op is kept in op_log: the payload as its schema parsed it, or for an op that never
// parsed a short summary (finding M3: a rejected 4 MB body must not cost 4 MB of disk). An op
// refused for reusing another op's id is kept under a derived id, since op ids are unique.
import type { OpEnvelope } from '#core/ops/envelope.ts';
import type { OpLogTable } from '../store/schema.ts';

const REUSED_MARK = '~';

/** The op_id column of an op whose id was already taken: unique through device and seq. */
export const storedOpId = (op: OpEnvelope): string =>
  `${op.opId}${REUSED_MARK}${op.deviceId}${REUSED_MARK}${op.seq}`;

/** The opId the device sent (uuids never hold the mark). */
export const opIdOf = (row: Pick<OpLogTable, 'op_id'>): string => row.op_id.split(REUSED_MARK)[0]!;

const MAX_SUMMARY_KEYS = 10;

export function storedPayload(raw: unknown, parsed: { payload?: unknown }): string {
  if (parsed.payload !== undefined) return JSON.stringify(parsed.payload);
  const keys =
    raw !== null && typeof raw === 'object' && !Array.isArray(raw)
      ? Object.keys(raw)
          .slice(0, MAX_SUMMARY_KEYS)
          .map((k) => k.slice(0, 40).replaceAll('\u0000', ''))
      : [];
  return JSON.stringify({
    unparsed: true,
    kind: Array.isArray(raw) ? 'array' : raw === null ? 'null' : typeof raw,
    bytes: JSON.stringify(raw ?? null).length,
    ...(keys.length ? { keys } : {}),
  });
}
