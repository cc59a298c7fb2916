// What an op handler gets: the transaction and feed writer, the op, and who recorded it.
import type { FeedWriter } from './feed.ts';
import type { OpEnvelope } from '#core/ops/envelope.ts';
import type { RaisedException } from '#core/protocol.ts';

export interface OpContext extends FeedWriter {
  op: OpEnvelope;
  now: number;
  /** Per-batch memo for master data lookups (master data cannot change under the batch's lock). */
  memo: Map<string, unknown>;
}

export type OpHandler<P> = (ctx: OpContext, payload: P) => Promise<RaisedException[]>;
