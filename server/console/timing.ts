// How often devices heartbeat while online, and when a silent device counts as offline or, when
// it still holds unsent ops, as stale. Tests shorten them through the environment.
export interface ConsoleTiming {
  heartbeatMs: number;
  /** Not heard from for this long: not online now. */
  onlineMs: number;
  /** Not heard from for this long while holding unsent ops: stale (highlighted). */
  staleMs: number;
}

const num = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export function consoleTiming(env: NodeJS.ProcessEnv = process.env): ConsoleTiming {
  const heartbeatMs = num(env['FLOORSYNC_HEARTBEAT_MS'], 15_000);
  return {
    heartbeatMs,
    onlineMs: heartbeatMs * 3,
    staleMs: num(env['FLOORSYNC_STALE_MS'], 5 * 60_000),
  };
}
