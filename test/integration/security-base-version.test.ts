// Finding M5 (and "a count with a huge baseVersion"): an op's baseVersion is what the device
// says it had seen. A counter who claims to have seen more than the server ever sent it would
// make its count immune to the moved-during-count rule; the server cuts the claim down to the
// highest version it actually served that device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookAt, count, movementsOfKind, openFlags, variancesAt } from '../helpers/counting.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

describe.each(storeKinds())('baseVersion claims on %s', (kind) => {
  let server: TestServer;
  let device: (username: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async (username) => {
      const dev = new SimDevice(
        await server.as(username),
        'WH1',
        await userId(server.store, username),
      );
      await dev.pullAll();
      return dev;
    };
  });
  afterAll(() => server.close());

  it('M5: a count claiming a baseVersion never served is still caught by a move it had not seen', async () => {
    const counter = await device('counter');
    const picker = await device('picker');
    const [first, ...rest] = await bookAt(server.store, 'C-04-1');
    const move = picker.move({ sku: first!.sku, from: 'C-04-1', to: 'OUT-1', qty: 2 });
    expect((await picker.push([move])).body.results[0]!.status).toBe('applied');
    // The counter never pulled the move, and says it saw everything up to a huge version.
    const forged = {
      ...count(counter, null, 'C-04-1', [{ ...first!, qty: first!.qty + 5 }, ...rest]),
      baseVersion: 1_000_000_000,
    };
    const res = await counter.push([forged]);
    expect(res.body.results[0]!.status).toBe('applied');
    expect(await variancesAt(server.store, 'C-04-1')).toEqual([]);
    expect(await movementsOfKind(server.store, 'C-04-1', 'count')).toEqual([]);
    expect(await openFlags(server.store, 'C-04-1')).toEqual(['count-moved']);
    const logged = await server.store.db
      .selectFrom('op_log')
      .select('base_version')
      .where('op_id', '=', forged.opId)
      .executeTakeFirstOrThrow();
    expect(Number(logged.base_version)).toBe(counter.baseVersion);
  });
});
