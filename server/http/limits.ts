// Limits per user, session and device (finding M11), read from the environment once, so a
// site can widen them without a build. Each refusal is a 429 or 403 with its own code.
export interface Limits {
  /** New device ids one user may bring in 24 hours (each makes a device row and key). */
  newDevicesPerUserPerDay: number;
  /** Open SSE streams per session, and per user across sessions, on one instance. */
  streamsPerSession: number;
  streamsPerUser: number;
  /** Push budget per device, in ops (a push costs 1 + its ops): the bucket and its refill. */
  pushOpsBurst: number;
  pushOpsPerSecond: number;
}

const num = (v: string | undefined, fallback: number): number => {
  const n = Number(v);
  return v !== undefined && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  return {
    newDevicesPerUserPerDay: num(env['FLOORSYNC_MAX_NEW_DEVICES_PER_USER_DAY'], 20),
    streamsPerSession: num(env['FLOORSYNC_MAX_STREAMS_PER_SESSION'], 10),
    streamsPerUser: num(env['FLOORSYNC_MAX_STREAMS_PER_USER'], 30),
    // A long offline shift (thousands of ops) drains in one go; a flood does not.
    pushOpsBurst: num(env['FLOORSYNC_PUSH_OPS_BURST'], 20_000),
    pushOpsPerSecond: num(env['FLOORSYNC_PUSH_OPS_PER_SECOND'], 200),
  };
}
