// Finding B1 (ops signed as someone else): an op's userId must be the signed-in user, or a user
// whose session on this very device is live or ended only recently (their queued scans still
// sync after a sign-out). Ids learned from synced rows, or an old sign-in on a shared device,
// are not enough to sign a receive or a close as someone else.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

const DAY = 24 * 3600 * 1000;

describe.each(storeKinds())('who may sign an op on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  /** A shared device: `earlier` signed in on it first, then the picker took it over. */
  async function sharedDevice(earlier: string, sessionEndedAgoMs: number | null) {
    const first = await server.as(earlier);
    const deviceId = first.deviceId!;
    if (sessionEndedAgoMs !== null) {
      const at = Date.now() - sessionEndedAgoMs;
      await sql`update sessions set expires_at = ${at} where device_id = ${deviceId}`.execute(
        server.store.db,
      );
    }
    const picker = await server.as('picker', deviceId);
    return new SimDevice(picker, 'WH1', await userId(server.store, 'picker'));
  }

  const signedAs = async (dev: SimDevice, username: string, sku: string, from: string) => ({
    ...dev.move({ sku, from, to: 'C-02-2', qty: 1 }),
    userId: await userId(server.store, username),
  });

  it('B1: an op signed as a user whose sign-in on this device ended long ago is refused; minutes ago, it syncs', async () => {
    const stale = await sharedDevice('supervisor', 10 * DAY);
    const before = await stockOf(server.store, 'WH1', 'C-02-2', 'SKU-10031');
    const refused = await stale.push([await signedAs(stale, 'supervisor', 'SKU-10031', 'A-06-1')]);
    expect(refused.body.results[0]).toMatchObject({
      status: 'rejected',
      code: 'USER_NOT_ON_DEVICE',
    });
    expect(await stockOf(server.store, 'WH1', 'C-02-2', 'SKU-10031')).toBe(before);

    // A worker who signed out a few minutes ago: their queued scan is theirs and is applied.
    const recent = await sharedDevice('counter', 5 * 60 * 1000);
    const res = await recent.push([await signedAs(recent, 'counter', 'SKU-10032', 'A-06-2')]);
    expect(res.body.results[0]).toMatchObject({ status: 'applied' });
    const row = await server.store.db
      .selectFrom('op_log')
      .select('user_id')
      .where('device_id', '=', recent.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.user_id).toBe(await userId(server.store, 'counter'));
  });
});
