// Fault injection for the fault tests (F2, F3), off unless FLOORSYNC_TEST_HOOKS=1. The tests
// set them through POST /api/test/hooks on a server started as a child process.

export interface TestHooks {
  /** SIGKILL this process after applying this many more ops, before the batch commits (F3). */
  killAfterOps: number | null;
  /** Commit the next N pushes, then drop their connections without answering (F2). */
  dropPushResponses: number;
  /** Make every op whose type or payload JSON contains this text fail in its handler (F12). */
  failOpMatching: string | null;
  /** Hold each push this long before applying it, so a test can act mid-push (F11). */
  delayPushMs: number;
}

export const testHooks: TestHooks = {
  killAfterOps: null,
  dropPushResponses: 0,
  failOpMatching: null,
  delayPushMs: 0,
};

export function failsByHook(type: string, payload: unknown): boolean {
  const m = testHooks.failOpMatching;
  return m !== null && (type.includes(m) || JSON.stringify(payload ?? null).includes(m));
}

export const testHooksEnabled = (): boolean => process.env['FLOORSYNC_TEST_HOOKS'] === '1';

export function countAppliedOpForKill(): void {
  if (testHooks.killAfterOps === null) return;
  testHooks.killAfterOps -= 1;
  if (testHooks.killAfterOps <= 0) process.kill(process.pid, 'SIGKILL');
}
