// Fault injection for the fault tests (F2, F3), off unless FLOORSYNC_TEST_HOOKS=1. The tests
// set them through POST /api/test/hooks on a server started as a child process.

export interface TestHooks {
  /** SIGKILL this process after applying this many more ops, before the batch commits (F3). */
  killAfterOps: number | null;
  /** Commit the next N pushes, then drop their connections without answering (F2). */
  dropPushResponses: number;
  /** Make every op of this type fail inside its handler (F12). */
  failOpType: string | null;
}

export const testHooks: TestHooks = { killAfterOps: null, dropPushResponses: 0, failOpType: null };

export const testHooksEnabled = (): boolean => process.env['FLOORSYNC_TEST_HOOKS'] === '1';

export function countAppliedOpForKill(): void {
  if (testHooks.killAfterOps === null) return;
  testHooks.killAfterOps -= 1;
  if (testHooks.killAfterOps <= 0) process.kill(process.pid, 'SIGKILL');
}
