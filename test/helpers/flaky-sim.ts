// A SimDevice that behaves as a phone does on a bad network (F16): ops wait in its own outbox
// until the server answers them; a failed request (reset, dropped answer, partition, server
// down) leaves them waiting and they are sent again, in seq order, on the next flush. Its
// acknowledged ops (I1) are the ones the server answered.
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';
import type { OpResult } from '../../src/core/protocol.ts';
import { SimDevice } from './sim-device.ts';

export class FlakySim {
  readonly waiting: OpEnvelope[] = [];
  readonly answered = new Map<string, OpResult>();
  /** Requests that failed and will be sent again. */
  failures = 0;

  constructor(readonly dev: SimDevice) {}

  record(op: OpEnvelope): void {
    this.waiting.push(op);
  }

  /** One push of everything waiting; true when nothing waits any more. */
  async flush(): Promise<boolean> {
    if (!this.waiting.length) return true;
    try {
      const res = await this.dev.push(this.waiting);
      if (res.status !== 200) {
        this.failures++;
        return false;
      }
      for (const r of res.body.results) {
        if (r.status === 'gap') break;
        this.answered.set(r.opId, r);
      }
      this.waiting.splice(
        0,
        this.waiting.length,
        ...this.waiting.filter((o) => !this.answered.has(o.opId)),
      );
      return !this.waiting.length;
    } catch {
      this.failures++;
      return false;
    }
  }

  /** The ops the server answered, as I1's acknowledged list. */
  acknowledged(): { seq: number; opId: string }[] {
    return [...this.answered.values()].map((r) => ({ seq: r.seq, opId: r.opId }));
  }

  /** A pull that survives the network: false when it did not get through this time. */
  async pull(): Promise<boolean> {
    try {
      await this.dev.pullAll();
      return true;
    } catch {
      this.failures++;
      return false;
    }
  }
}
