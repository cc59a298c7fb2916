// S2 property: 20 simulated devices close cartons offline with SSCCs from the serial ranges the
// server handed them, sync in cycles (refills come with each pull), and the server is restored
// from a backup taken partway through (devices resend what it forgot, keep the ranges they
// hold): no SSCC is ever printed twice, and the server holds no carton with another's SSCC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storeKinds } from '../helpers/test-server.ts';
import { RestorableServer } from '../helpers/restorable-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { homeOf, pickOp } from '../helpers/picking.ts';
import { SsccWallet } from '../helpers/shipping.ts';
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';

const DEVICES = 20;

interface Phone {
  sim: SimDevice;
  wallet: SsccWallet;
  /** Every op it recorded: a phone keeps them until the server has them (F15). */
  ops: OpEnvelope[];
  printed: string[];
}

/** A phone retries a request that met a connection the restarted server had closed. */
async function retry<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    return f();
  }
}

async function sync(p: Phone): Promise<void> {
  const pages = await retry(() => p.sim.pullAll());
  const lastSeq = pages.at(-1)!.lastSeq;
  const waiting = p.ops.filter((o) => o.seq > lastSeq);
  for (let i = 0; i < waiting.length; i += 400) {
    const res = await p.sim.push(waiting.slice(i, i + 400));
    if (res.status !== 200) throw new Error(`push ${res.status} ${JSON.stringify(res.body)}`);
    const bad = res.body.results.filter((r) => r.status === 'rejected' || r.status === 'gap');
    if (bad.length) throw new Error(`push: ${JSON.stringify(bad[0])}`);
  }
  await p.sim.pullAll();
  p.wallet.absorb();
}

/** Packs `n` one-unit cartons of SO-5006 offline; stops when the phone has no serial left. */
function packOffline(p: Phone, n: number, tag: string): void {
  for (let i = 0; i < n; i++) {
    const sscc = p.wallet.next();
    if (!sscc) return;
    const carton = `C-${tag}-${p.printed.length}`;
    p.printed.push(sscc);
    p.ops.push(
      p.sim.op('pack.open', {
        carton,
        list: 'PL-3004',
        order: 'SO-5006',
        packageType: 'bag',
        cartonNo: 1,
      }),
      p.sim.op('pack.item', { carton, order: 'SO-5006', sku: 'SKU-10005', qty: 1 }),
      p.sim.op('pack.close', { carton, sscc, weightGrams: null }),
    );
  }
}

describe.each(storeKinds())('S2: SSCCs from offline ranges never collide on %s', (kind) => {
  let server: RestorableServer;
  let phones: Phone[];
  beforeAll(async () => {
    server = await RestorableServer.start(kind);
    // Small ranges, so phones run through several refills in a few cycles.
    const row = await server.store.db
      .selectFrom('ship_settings')
      .select('data')
      .where('warehouse_id', '=', 'WH1')
      .executeTakeFirstOrThrow();
    await server.store.db
      .updateTable('ship_settings')
      .set({ data: JSON.stringify({ ...JSON.parse(row.data), rangeSize: 10, shiftCartons: 20 }) })
      .where('warehouse_id', '=', 'WH1')
      .execute();
    const ids = {
      picker: await userId(server.store, 'picker'),
      picker2: await userId(server.store, 'picker2'),
    };
    phones = [];
    for (let i = 0; i < DEVICES; i++) {
      const user = i % 2 ? 'picker2' : 'picker';
      const sim = new SimDevice(await server.as(user), 'WH1', ids[user]);
      sim.packs = true;
      phones.push({ sim, wallet: new SsccWallet(sim), ops: [], printed: [] });
    }
    // The order's units are picked once, generously, so packing raises nothing.
    const first = phones[0]!;
    const location = await homeOf(server.store, 'SKU-10005');
    first.ops.push(
      first.sim.op('pick.claim', { list: 'PL-3004' }),
      pickOp(first.sim, {
        list: 'PL-3004',
        line: 1,
        sku: 'SKU-10005',
        location,
        qty: 10_000,
        tote: 'TOTE-04',
      }),
    );
    for (const p of phones) await sync(p);
  });
  afterAll(() => server.close());

  it('no duplicate through sync cycles with a restore in between', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.nat(8), { minLength: DEVICES, maxLength: DEVICES }), {
          minLength: 3,
          maxLength: 4,
        }),
        fc.nat(1),
        async (cycles, backupAt) => {
          run++;
          let backup: string | null = null;
          for (const [c, counts] of cycles.entries()) {
            if (c === backupAt) backup = await server.backup();
            counts.forEach((n, i) => packOffline(phones[i]!, n, `${run}-${c}-${i}`));
            for (const p of phones) await sync(p);
          }
          await server.restore(backup!);
          for (const [i, p] of phones.entries()) packOffline(p, 8, `${run}-r-${i}`);
          for (const p of phones) await sync(p);
          const printed = phones.flatMap((p) => p.printed);
          expect(new Set(printed).size).toBe(printed.length);
          const dupes = await server.store.db
            .selectFrom('exceptions')
            .select('kind')
            .where('kind', 'in', ['sscc.duplicate', 'sscc.foreign_range'])
            .execute();
          expect(dupes).toEqual([]);
        },
      ),
      { numRuns: 2, endOnFailure: true },
    );
  });
});
