// Backoff grows exponentially up to a cap, with jitter.
import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '../../../src/sync/backoff.ts';

describe('backoff', () => {
  it('doubles per failure and stays under the cap, jittered between half and all of it', () => {
    expect(backoffDelay(1, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(3, () => 1)).toBe(BACKOFF_BASE_MS * 4);
    expect(backoffDelay(3, () => 0)).toBe(BACKOFF_BASE_MS * 2);
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF_CAP_MS);
  });
});
