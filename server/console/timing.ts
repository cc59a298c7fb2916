// How often devices heartbeat while online, and when a silent device counts as offline or as at
// risk (silent during the shift, whatever it last said it held). Tests shorten them through the
// environment.
export { atRisk } from '#core/console-wire.ts';
export interface ConsoleTiming {
  heartbeatMs: number;
  /** Not heard from for this long: not online now. */
  onlineMs: number;
  /**
   * Not heard from for this long during the shift: at risk (wire name `stale`), whatever its last
   * count: a phone that walked out of Wi-Fi after a good sync may be holding a shift of scans.
   */
  staleMs: number;
  /** Silent for longer than a shift and holding nothing when last heard: off shift, not at risk. */
  shiftMs: number;
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
    shiftMs: num(env['FLOORSYNC_SHIFT_MS'], 12 * 3_600_000),
  };
}
