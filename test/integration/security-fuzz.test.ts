// Finding "Fuzzer" and M7/M8, kept as a regression: a bounded, seeded fuzz of push and imports
// on each store. Per store, 1,000 push batches from two devices (known and random op types,
// broken payloads, NUL bytes, absurd numbers, reused op ids, gaps, replays, other users and
// warehouses) and 200 item or location imports (CSV and JSON, ragged rows, quotes, formulas,
// NUL). Asserted: no answer is a 500, every refusal carries a code, no op fails as OP_FAILED; a
// refused import changes nothing; afterwards I2 (seqs contiguous, last_seq = the log), I3 (the
// feed equals the tables) and I4 (stock arithmetic) hold. Seeds are fixed: a failure replays.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../helpers/http-client.ts';
import { assertFeedMatchesTables, assertStockArithmetic } from '../helpers/invariants.ts';
import { userId } from '../helpers/server-state.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';

const PUSHES = 1000;
const IMPORTS = 200;
const SEED = { sqlite: 20261204, postgres: 31337 } as const;

const TYPES = [
  ...Array<string>(10).fill('stock.move'),
  'count.location',
  'pick.line',
  'pick.short',
  'pick.complete',
  'receive.item',
  'receive.close',
  'putaway.move',
  'stock.release',
  'nope.op',
];
const SKUS = ['SKU-10001', 'SKU-10002', 'SKU-10003', 'SKU-10004', 'NOPE-1'];
const LOCS = ['A-01-1', 'A-01-2', 'A-02-1', 'B-01-1', 'B-01-2', 'Z-00'];

const weirdText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('x\u0000y', '=HYPERLINK("//x.io")', ' =1+1', '../../etc', '螺栓 M6', ''),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const rare = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>, oneIn: number) =>
  fc.oneof({ weight: oneIn - 1, arbitrary: usual }, { weight: 1, arbitrary: odd });
const sku = rare(fc.constantFrom(...SKUS), weirdText, 20);
const loc = rare(fc.constantFrom(...LOCS), weirdText, 20);
const qty = rare<unknown>(
  fc.integer({ min: 1, max: 25 }),
  fc.constantFrom<unknown>(0, -5, 1.5, 1e308, 2 ** 63, 1_000_001, '5', null),
  12,
);
const deep = fc.integer({ min: 10, max: 200 }).map((n) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { v };
  return v;
});
const move = fc.record(
  {
    sku,
    from: loc,
    to: loc,
    qty,
    lot: rare(fc.constant(''), weirdText, 8),
    expiry: rare(fc.constant(''), fc.constantFrom('2027-01-31', '2024-13-45', '2026-02-30'), 8),
    extra: weirdText,
  },
  { requiredKeys: ['sku', 'from', 'to', 'qty'] },
);
const other = fc.record(
  {
    sku,
    location: loc,
    qty,
    counted: qty,
    receiptId: fc.constantFrom('PO-1001', 'PO-1004', 'nope'),
    listId: fc.constantFrom('PL-1001', 'nope'),
    extra: weirdText,
  },
  { requiredKeys: ['sku', 'qty'] },
);
const payloadFor = (type: string) =>
  fc.oneof(
    { weight: 40, arbitrary: type === 'stock.move' ? move : other },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, maxKeys: 4 }) },
    { weight: 1, arbitrary: deep },
  );
const opIntent = rare(fc.constantFrom(...TYPES), weirdText, 12).chain((type) =>
  fc.record({
    type: fc.constant(type),
    v: rare(fc.constant(1), fc.integer({ min: -1, max: 3 }), 40),
    payload: payloadFor(type),
    seq: rare(fc.constant('next'), fc.constantFrom('gap', 'old'), 25),
    opId: rare(fc.constant('fresh'), fc.constant('reused'), 15),
    user: rare(fc.constant('self'), fc.constant('other'), 12),
    baseVersion: rare(fc.nat({ max: 50 }), fc.constantFrom(2 ** 53, -1, 1.5), 40),
  }),
);
const pushIntent = fc.record({
  device: fc.integer({ min: 0, max: 1 }),
  warehouse: rare(fc.constant('WH1'), fc.constant('WH2'), 30),
  ops: fc.array(opIntent, { minLength: 1, maxLength: 5 }),
});

const csvCell = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,3}$/) },
  { weight: 2, arbitrary: weirdText },
  { weight: 1, arbitrary: fc.constantFrom('"', '""', 'a,b', 'line\nbreak', '-5', '1e999', '12') },
);
const importIntent = fc.record({
  what: fc.constantFrom('items', 'locations'),
  json: fc.boolean(),
  header: fc.constantFrom(
    'sku,description,unit_value,home_location',
    'code,kind,zone,aisle',
    'code,kind',
    'sku,description',
    'bogus',
  ),
  rows: fc.array(fc.array(csvCell, { minLength: 1, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
});

const csvOf = (header: string, rows: string[][]) =>
  [
    header,
    ...rows.map((r) =>
      r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    ),
  ].join('\n');

describe.each(storeKinds())('bounded fuzz of push and imports on %s', (kind) => {
  let server: TestServer;
  let admin: HttpClient;
  const devices: SimDevice[] = [];
  const users: string[] = [];
  const usedOpIds: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(kind);
    admin = await server.as('admin');
    for (const name of ['picker', 'supervisor']) {
      const id = await userId(server.store, name);
      users.push(id);
      devices.push(new SimDevice(await server.as(name), 'WH1', id));
    }
  });
  afterAll(() => server.close());

  const codes = new Map<string, number>();
  const refused = (status: number, body: unknown, what: string) => {
    expect(status, `${what}: ${JSON.stringify(body).slice(0, 300)}`).toBeLessThan(500);
    const c = (body as { error?: { code?: unknown } } | null)?.error?.code;
    expect(typeof c, `${what}: a refusal names its code`).toBe('string');
    codes.set(String(c), (codes.get(String(c)) ?? 0) + 1);
  };

  it(`${PUSHES} push batches: no 500, every refusal coded, the log and the book whole`, async () => {
    const intents = fc.sample(pushIntent, { seed: SEED[kind], numRuns: PUSHES });
    let rejectedOps = 0;
    let appliedOps = 0;
    for (const [n, intent] of intents.entries()) {
      const dev = devices[intent.device]!;
      const ops: OpEnvelope[] = intent.ops.map((o) => {
        const seq =
          o.seq === 'next'
            ? dev.nextSeq++
            : o.seq === 'gap'
              ? dev.nextSeq + 3
              : Math.max(1, dev.nextSeq - 2);
        const reuse = o.opId === 'reused' && usedOpIds.length > 0;
        const opId = reuse ? usedOpIds[(n * 7) % usedOpIds.length]! : randomUUID();
        return {
          opId,
          deviceId: dev.deviceId,
          seq,
          type: o.type,
          v: o.v,
          userId: o.user === 'self' ? dev.userId : users[1 - intent.device]!,
          warehouseId: intent.warehouse,
          at: Date.now(),
          baseVersion: o.baseVersion,
          payload: o.payload,
        };
      });
      const res = await dev.push(ops);
      if (res.status !== 200) {
        refused(res.status, res.body, `push ${n}`);
      } else {
        for (const r of res.body.results) {
          expect(['applied', 'rejected', 'duplicate', 'gap'], `push ${n}`).toContain(r.status);
          if (r.status === 'applied') appliedOps += 1;
          if (r.status === 'rejected') {
            rejectedOps += 1;
            expect(r.code, `push ${n}: a rejected op is coded`).toEqual(expect.any(String));
            expect(r.code, `push ${n}: ${r.message ?? ''}`).not.toBe('OP_FAILED');
          }
        }
        for (const o of ops) usedOpIds.push(o.opId);
      }
      // Follow the server, as a device does: the next op is lastSeq + 1.
      const { last_seq } = await server.store.db
        .selectFrom('devices')
        .select('last_seq')
        .where('id', '=', dev.deviceId)
        .executeTakeFirstOrThrow()
        .catch(() => ({ last_seq: 0 }));
      dev.nextSeq = Number(last_seq) + 1;
    }
    // The fuzz must reach the handlers, not only the schema: many ops apply, many are rejected.
    expect(appliedOps).toBeGreaterThan(PUSHES / 5);
    expect(rejectedOps).toBeGreaterThan(PUSHES / 20);

    for (const dev of devices) {
      const seqs = (
        await server.store.db
          .selectFrom('op_log')
          .select('seq')
          .where('device_id', '=', dev.deviceId)
          .orderBy('seq')
          .execute()
      ).map((r) => Number(r.seq));
      expect(seqs, 'I2: seqs 1..n with no gap').toEqual(seqs.map((_, i) => i + 1));
      const row = await server.store.db
        .selectFrom('devices')
        .select('last_seq')
        .where('id', '=', dev.deviceId)
        .executeTakeFirstOrThrow();
      expect(Number(row.last_seq), 'I2: last_seq = the log').toBe(seqs.length);
    }
    await assertStockArithmetic(server.store, 'WH1');
    await assertFeedMatchesTables(server.store, 'WH1');
  });

  it(`${IMPORTS} imports: no 500, a refused file changes nothing`, async () => {
    const intents = fc.sample(importIntent, { seed: SEED[kind] + 1, numRuns: IMPORTS });
    const state = async () => {
      const [items, locations, wh] = await Promise.all([
        server.store.db
          .selectFrom('items')
          .select(['sku', 'description'])
          .where('warehouse_id', '=', 'WH1')
          .execute(),
        server.store.db
          .selectFrom('locations')
          .select(['code', 'kind'])
          .where('warehouse_id', '=', 'WH1')
          .execute(),
        server.store.db
          .selectFrom('warehouses')
          .select('version')
          .where('id', '=', 'WH1')
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items: items.length,
        locations: locations.length,
        version: Number(wh.version),
        rows: JSON.stringify([items, locations]),
      };
    };
    let accepted = 0;
    for (const [n, i] of intents.entries()) {
      const before = await state();
      const keys = i.header.split(',');
      const body = i.json
        ? JSON.stringify(i.rows.map((r) => Object.fromEntries(keys.map((k, j) => [k, r[j] ?? '']))))
        : csvOf(i.header, i.rows);
      const res = await admin.post(`/api/admin/warehouses/WH1/${i.what}`, body, {
        'content-type': i.json ? 'application/json' : 'text/csv',
      });
      const after = await state();
      if (res.status === 200) {
        accepted += 1;
        expect(after.version, `import ${n}: one version per import`).toBe(before.version + 1);
      } else {
        refused(res.status, res.body, `import ${n}`);
        expect(after, `import ${n}: a refused import writes nothing`).toEqual(before);
      }
    }
    expect(accepted).toBeGreaterThan(0);
    await assertStockArithmetic(server.store, 'WH1');
    await assertFeedMatchesTables(server.store, 'WH1');
  });
});
