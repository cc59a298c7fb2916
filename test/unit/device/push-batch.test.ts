// P17 on the device: a push batch stays under the server's body limit even when ops carry photos
// of damaged units, and always makes progress (one op at least), so the outbox drains (I5).
import { describe, expect, it } from 'vitest';
import { takeBatch } from '../../../src/sync/push-batch.ts';

const op = (seq: number, size: number) => ({ seq, payload: { photo: 'x'.repeat(size) } });

describe('push batches', () => {
  it('takes up to the op limit when payloads are small', () => {
    const pending = Array.from({ length: 250 }, (_, i) => op(i + 1, 10));
    expect(takeBatch(pending, 200).map((o) => o.seq)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
  });

  it('ends a batch before the byte limit, in seq order, when ops carry photos', () => {
    const pending = Array.from({ length: 60 }, (_, i) => op(i + 1, 150_000));
    const batch = takeBatch(pending, 200);
    expect(batch.length).toBeGreaterThan(1);
    expect(batch.length).toBeLessThan(60);
    expect(batch.map((o) => o.seq)).toEqual(batch.map((_, i) => i + 1));
    expect(JSON.stringify(batch.map((o) => o.payload)).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('sends one oversized op alone rather than never', () => {
    expect(takeBatch([op(1, 50), op(2, 50)], 200, 10).map((o) => o.seq)).toEqual([1]);
  });
});
