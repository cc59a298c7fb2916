// The console's live view through real HTTP on each store: heartbeats and pushes update a
// device's row (waiting ops, oldest, storage, error) and reach a connected console as a
// `device` event; a device silent in the shift is at risk whatever its last count; actions and
// pushes send `version`; samples keep the most held per minute; progress counts lines per user
// and open receipts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { report, SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { C, raiseOverBook, SseListener } from '../helpers/console.ts';
import { recordSample } from '../../server/console/samples.ts';
import { importReceipt, newDelivery, receive } from '../helpers/receiving.ts';

interface Device {
  id: string;
  pendingCount: number;
  oldestPendingAt: number | null;
  lastError: string | null;
  storageUsed: number | null;
  lastSeq: number;
  online: boolean;
  stale: boolean;
  userName: string;
}

describe.each(storeKinds())('console live view on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let token: string;
  let dev: SimDevice;
  let events: SseListener;
  const heartbeat = (over: Parameters<typeof report>[0]) =>
    dev.http.post<{ ok: boolean; heartbeatMs: number }>('/api/sync/heartbeat', {
      deviceId: dev.deviceId,
      warehouseId: 'WH1',
      report: report(over),
    });

  beforeAll(async () => {
    process.env['FLOORSYNC_STALE_MS'] = '300';
    server = await startTestServer(kind);
    delete process.env['FLOORSYNC_STALE_MS'];
    sup = await server.as('supervisor');
    token = sup.token!;
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
    events = new SseListener(`${server.url}${C}/events?token=${token}`);
    await events.ready;
  });
  afterAll(async () => {
    events.close();
    await server.close();
  });

  it('a heartbeat updates the device row and reaches the console as a device event', async () => {
    const oldest = Date.now() - 60_000;
    const res = await heartbeat({
      pendingCount: 7,
      oldestPendingAt: oldest,
      storageUsed: 1234,
      lastError: 'quota',
    });
    expect(res.body).toMatchObject({ ok: true, heartbeatMs: 15_000 });
    const e = await events.next(
      (x) => x.event === 'device' && (x.data['device'] as Device).pendingCount === 7,
    );
    expect(e.data['device']).toMatchObject({
      id: dev.deviceId,
      pendingCount: 7,
      oldestPendingAt: oldest,
      storageUsed: 1234,
      lastError: 'quota',
      online: true,
      stale: false,
      userName: 'Pat Picker',
    });
  });

  it('a device silent past the stale time in the shift is at risk whatever its last count', async () => {
    await heartbeat({ pendingCount: 3, oldestPendingAt: Date.now() - 1000 });
    const quiet = new SimDevice(await server.as('picker2'), 'WH1', 'x');
    const gone = new SimDevice(await server.as('picker2'), 'WH1', 'x');
    for (const d of [quiet, gone])
      await d.http.post('/api/sync/heartbeat', {
        deviceId: d.deviceId,
        warehouseId: 'WH1',
        report: report(),
      });
    // Last heard from 10 minutes ago with "0 waiting" (walked out of Wi-Fi after a good sync),
    // and two days ago (off shift, holding nothing): set on the row, not waited for.
    const setSeen = (id: string, at: number) =>
      server.store.write((trx) =>
        trx.updateTable('devices').set({ last_seen_at: at }).where('id', '=', id).execute(),
      );
    await setSeen(quiet.deviceId, Date.now() - 10 * 60_000);
    await setSeen(gone.deviceId, Date.now() - 2 * 86_400_000);
    await expect
      .poll(async () => {
        const { devices } = (await sup.get<{ devices: Device[] }>(`${C}/devices`)).body;
        return [dev.deviceId, quiet.deviceId, gone.deviceId].map((id) => {
          const d = devices.find((x) => x.id === id)!;
          return [d.pendingCount, d.stale];
        });
      })
      .toEqual([
        [3, true],
        [0, true],
        [0, false],
      ]);
  });

  it('samples keep the most a device held in a minute, not the last report', async () => {
    const minute = 29_000_000;
    const at = minute * 60_000;
    await server.store.write(async (trx) => {
      await recordSample(
        trx,
        dev.deviceId,
        report({ pendingCount: 362, oldestPendingAt: at - 9e5 }),
        at + 1000,
      );
      await recordSample(
        trx,
        dev.deviceId,
        report({ pendingCount: 0, oldestPendingAt: null }),
        at + 5000,
      );
    });
    const row = await server.store.db
      .selectFrom('device_samples')
      .selectAll()
      .where('device_id', '=', dev.deviceId)
      .where('minute', '=', minute)
      .executeTakeFirstOrThrow();
    expect(Number(row.pending_count)).toBe(362);
    expect(Number(row.oldest_pending_at)).toBe(at - 9e5);
    expect(Number(row.at)).toBe(at + 5000);
  });

  it('a push sends the device (lastSeq, nothing waiting) and the new version to the console', async () => {
    const seen = events.events.length;
    const res = await dev.push([
      dev.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
    ]);
    const version = res.body.results[0]!.version!;
    await events.next((x) => x.event === 'version' && x.data['version'] === version);
    const d = await events.next(
      (x) =>
        events.events.indexOf(x) >= seen &&
        x.event === 'device' &&
        (x.data['device'] as Device).lastSeq === 1,
    );
    expect(d.data['device']).toMatchObject({ pendingCount: 0, stale: false });
  });

  it('an exception action sends a version event', async () => {
    const [id] = (await raiseOverBook(dev, 1)) as [string];
    const res = await sup.post<{ version: number }>(`${C}/exceptions/${id}/actions`, {
      action: 'acknowledge',
      reason: 'book was wrong',
    });
    await events.next((x) => x.event === 'version' && x.data['version'] === res.body.version);
  });

  it('samples: waiting ops per device over the shift', async () => {
    const { series } = (
      await sup.get<{ series: { deviceId: string; points: { pending: number }[] }[] }>(
        `${C}/devices/samples`,
      )
    ).body;
    const mine = series.find((s) => s.deviceId === dev.deviceId);
    expect(mine?.points.length).toBeGreaterThan(0);
    // This minute held 7 at its most (the first heartbeat), whatever came after.
    expect(Math.max(...mine!.points.map((p) => p.pending))).toBe(7);
  });

  it('progress: lines per hour per user, open receipts with who is on them, stock of an item', async () => {
    const admin = await server.as('admin');
    await importReceipt(admin, { number: 'R-PROG', lines: [{ sku: 'SKU-10001', qty: 10 }] });
    const rcv = new SimDevice(
      await server.as('receiver'),
      'WH1',
      await userId(server.store, 'receiver'),
    );
    const d = newDelivery();
    await rcv.push([
      receive(rcv, { receipt: 'R-PROG', delivery: d, line: 1, sku: 'SKU-10001', qty: 4 }),
      receive(rcv, { receipt: 'R-PROG', delivery: d, line: 1, sku: 'SKU-10001', qty: 2 }),
      rcv.op('receive.finish', { receipt: 'R-PROG', delivery: d }),
    ]);
    const p = (
      await sup.get<{
        receipts: { number: string; done: number; total: number; people: string[] }[];
        rates: { userName: string; total: number }[];
      }>(`${C}/progress`)
    ).body;
    expect(p.receipts.find((r) => r.number === 'R-PROG')).toMatchObject({
      done: 6,
      total: 10,
      people: ['Rita Receiver'],
    });
    // Two receives on one receipt line are one line (labour.ts).
    expect(p.rates.find((r) => r.userName === 'Rita Receiver')?.total).toBe(1);
    expect(p.rates.find((r) => r.userName === 'Pat Picker')?.total).toBe(2);
    const stock = (
      await sup.get<{ stock: { location: string; qty: number }[] }>(`${C}/stock?location=DOCK-1`)
    ).body.stock;
    expect(stock).toContainEqual(
      expect.objectContaining({ location: 'DOCK-1', qty: expect.any(Number) as unknown }),
    );
    expect((await sup.get(`${C}/stock`)).status).toBe(400);
  });
});
