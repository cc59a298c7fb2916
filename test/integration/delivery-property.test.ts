// Property: whatever the network does to push batches (duplicates, reordering, retries,
// concurrent resends), the server ends in the same state as after one clean in-order delivery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';

const SKUS = ['SKU-10001', 'SKU-10002', 'SKU-10003', 'NOPE-1'];
const LOCS = ['A-01-1', 'A-01-2', 'A-02-1', 'B-01-2', 'Z-00'];

const moveArb = fc.record({
  sku: fc.constantFrom(...SKUS),
  from: fc.constantFrom(...LOCS),
  to: fc.constantFrom(...LOCS),
  qty: fc.integer({ min: 0, max: 30 }),
});
const batchArb = fc.record({
  start: fc.nat(),
  length: fc.integer({ min: 1, max: 6 }),
  twice: fc.boolean(),
  concurrent: fc.boolean(),
});

describe('P2-P5 under random delivery (sqlite)', () => {
  let clean: TestServer;
  let chaos: TestServer;
  beforeAll(async () => {
    [clean, chaos] = await Promise.all([startTestServer('sqlite'), startTestServer('sqlite')]);
  });
  afterAll(async () => {
    await clean.close();
    await chaos.close();
  });

  const state = async (server: TestServer, deviceId: string) => ({
    stock: await server.store.db
      .selectFrom('stock')
      .select(['location', 'sku', 'qty'])
      .where('warehouse_id', '=', 'WH1')
      .orderBy('location')
      .orderBy('sku')
      .execute(),
    outcomes: await server.store.db
      .selectFrom('op_log')
      .select(['seq', 'status', 'code'])
      .where('device_id', '=', deviceId)
      .orderBy('seq')
      .execute(),
    exceptions: (await server.store.db.selectFrom('exceptions').select('op_id').execute()).length,
  });

  /** Delivers like a real device would after the chaos: from the server's expectedSeq onwards. */
  const settle = async (dev: SimDevice, ops: OpEnvelope[]) => {
    for (let guard = 0; guard < 50; guard++) {
      const res = await dev.push(ops.slice(0, 0));
      const next = res.body.lastSeq;
      if (next >= ops.length) return;
      await dev.push(ops.slice(next, next + 5));
    }
    throw new Error('did not settle');
  };

  it('ends in the same state as a clean delivery', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(moveArb, { minLength: 1, maxLength: 12 }),
        fc.array(batchArb, { maxLength: 10 }),
        async (moves, batches) => {
          const a = new SimDevice(
            await clean.as('picker'),
            'WH1',
            await userId(clean.store, 'picker'),
          );
          const b = new SimDevice(
            await chaos.as('picker'),
            'WH1',
            await userId(chaos.store, 'picker'),
          );
          const opsA = moves.map((m) => a.op('stock.move', m));
          const opsB = opsA.map((op) => ({ ...op, deviceId: b.deviceId, userId: b.userId }));
          for (let i = 0; i < opsA.length; i += 5) await a.push(opsA.slice(i, i + 5));
          for (const batch of batches) {
            const start = batch.start % opsB.length;
            const slice = opsB.slice(start, start + batch.length);
            if (batch.concurrent) await Promise.all([b.push(slice), b.push(slice)]);
            else await b.push(slice);
            if (batch.twice) await b.push(slice);
          }
          await settle(b, opsB);
          const [sa, sb] = [await state(clean, a.deviceId), await state(chaos, b.deviceId)];
          expect(sb.outcomes).toEqual(sa.outcomes);
          expect(sb.stock).toEqual(sa.stock);
          expect(sb.exceptions).toBe(sa.exceptions);
        },
      ),
      { numRuns: 25 },
    );
  });
});
