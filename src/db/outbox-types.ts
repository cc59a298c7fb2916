// An op as the device keeps it: the envelope plus what became of it.
import type { OpEnvelope } from '#core/ops/envelope.ts';
import type { RaisedException } from '#core/protocol.ts';

export type OutboxStatus =
  /** recorded, not yet answered by the server */
  | 'pending'
  /** applied by the server at `version`; still shown on top of base until base reaches it */
  | 'acked'
  /** in base; kept for a retention window (a restored server can ask for it again) */
  | 'done'
  /** the server could not apply it: `code` and `message` say why */
  | 'rejected';

export interface OutboxOp extends OpEnvelope {
  status: OutboxStatus;
  version?: number;
  code?: string;
  message?: string;
  exceptions?: RaisedException[];
  answeredAt?: number;
}
