// Counts the open SSE streams of each session and user on this instance: 5,000 streams on one
// token held 3,300 file descriptors (finding M11). A stream over the limit is refused before
// it opens, with TOO_MANY_STREAMS.
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from './api-error.ts';
import { limitsFromEnv, type Limits } from './limits.ts';

export class StreamLimits {
  private readonly bySession = new Map<string, number>();
  private readonly byUser = new Map<string, number>();

  constructor(private readonly limits: Pick<Limits, 'streamsPerSession' | 'streamsPerUser'>) {}

  /** Takes a place for a stream, or throws 429; the returned function gives it back once. */
  acquire(owner: { sessionId: string; userId: string }): () => void {
    const s = this.bySession.get(owner.sessionId) ?? 0;
    const u = this.byUser.get(owner.userId) ?? 0;
    if (s >= this.limits.streamsPerSession || u >= this.limits.streamsPerUser) {
      throw new ApiError(
        429,
        ErrorCode.TOO_MANY_STREAMS,
        s >= this.limits.streamsPerSession
          ? `This sign-in already has ${s} open streams; close one first`
          : `This user already has ${u} open streams; close one first`,
        { retryAfterSeconds: 30 },
      );
    }
    this.bySession.set(owner.sessionId, s + 1);
    this.byUser.set(owner.userId, u + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.decrement(this.bySession, owner.sessionId);
      this.decrement(this.byUser, owner.userId);
    };
  }

  private decrement(map: Map<string, number>, key: string): void {
    const n = (map.get(key) ?? 1) - 1;
    if (n <= 0) map.delete(key);
    else map.set(key, n);
  }
}

const perStore = new WeakMap<object, StreamLimits>();

/** One count per server (keyed by its store), shared by the device and console streams. */
export function streamLimitsFor(store: object): StreamLimits {
  let limits = perStore.get(store);
  if (!limits) perStore.set(store, (limits = new StreamLimits(limitsFromEnv())));
  return limits;
}
