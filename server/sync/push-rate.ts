// A token bucket per device for pushes (finding M11, and M3's "per-device rate"): a push costs
// 1 + its ops. A device draining a long offline shift stays well inside it; 40 parallel pushes
// of 20,000 junk ops do not. Per instance, in memory: a restart forgives.
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';
import type { Limits } from '../http/limits.ts';

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets untouched this long are full again and are dropped. */
const IDLE_MS = 10 * 60 * 1000;

export class PushRate {
  private readonly buckets = new Map<string, Bucket>();
  private sweptAt = 0;

  constructor(private readonly limits: Pick<Limits, 'pushOpsBurst' | 'pushOpsPerSecond'>) {}

  /** Spends the push's cost or throws 429 RATE_LIMITED with the seconds to wait. */
  take(deviceId: string, ops: number, now = Date.now()): void {
    this.sweep(now);
    const { pushOpsBurst: burst, pushOpsPerSecond: rate } = this.limits;
    const b = this.buckets.get(deviceId) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
    b.at = now;
    const cost = 1 + ops;
    if (b.tokens < cost) {
      this.buckets.set(deviceId, b);
      const seconds = Math.max(1, Math.ceil((cost - b.tokens) / rate));
      throw new ApiError(
        429,
        ErrorCode.RATE_LIMITED,
        `This device pushes faster than the server takes; wait ${seconds} s`,
        { retryAfterSeconds: seconds },
      );
    }
    b.tokens -= cost;
    this.buckets.set(deviceId, b);
  }

  private sweep(now: number): void {
    if (now - this.sweptAt < IDLE_MS) return;
    this.sweptAt = now;
    for (const [id, b] of this.buckets) if (now - b.at > IDLE_MS) this.buckets.delete(id);
  }
}
