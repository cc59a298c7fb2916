// What an op handler gets: the transaction and feed writer, the op, and who recorded it.
import type { FeedWriter } from '../feed.ts';
import type { OpEnvelope } from '#core/ops/envelope.ts';
import type { RaisedException } from '#core/protocol.ts';

export interface OpContext extends FeedWriter {
  op: OpEnvelope;
  now: number;
}

export type OpHandler<P> = (ctx: OpContext, payload: P) => Promise<RaisedException[]>;
