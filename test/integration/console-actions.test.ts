// Resolving exceptions from the console through real HTTP on each store: each action changes
// exactly what it says (status, resolution, assignee, a recount flag) and nothing else, is
// audited with who and why, and reaches devices through the feed. The queue filters, searches,
// sorts by value and pages past 500 with a total. Naming a device, revoking a device or a user's
// sessions are audited too. (Per-kind stock effects: console-kind-actions.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import type { HttpClient } from '../helpers/http-client.ts';
import { C, raiseOverBook } from '../helpers/console.ts';

interface X {
  id: string;
  kind: string;
  status: string;
  resolution: string | null;
  resolvedBy: string | null;
  assignedTo: string | null;
  note: string | null;
}
interface Audit {
  action: string;
  by: string;
  reason: string | null;
  target: string;
  data: Record<string, unknown>;
}

describe.each(storeKinds())('console exception actions on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  let supId: string;
  let dev: SimDevice;
  const snapshot = async (id: string) =>
    server.store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const auditOf = async (id: string) =>
    (await sup.get<{ exception: X; audit: Audit[] }>(`${C}/exceptions/${id}`)).body;
  const act = (id: string, body: unknown) =>
    sup.post<X & { error?: { code: string } }>(`${C}/exceptions/${id}/actions`, body);
  const movementCount = async () =>
    (await server.store.db.selectFrom('movements').select('id').execute()).length;

  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
    supId = await userId(server.store, 'supervisor');
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
  });
  afterAll(() => server.close());

  it('acknowledge resolves with who and why and changes no stock; a second action is 409', async () => {
    const [id] = (await raiseOverBook(dev, 1)) as [string];
    const moves = await movementCount();
    const res = await act(id, { action: 'acknowledge', reason: 'stock was there, book was wrong' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'resolved', resolution: 'acknowledge' });
    expect(await snapshot(id)).toMatchObject({
      status: 'resolved',
      resolution: 'acknowledge',
      resolved_by: supId,
      note: 'stock was there, book was wrong',
      assigned_to: null,
    });
    expect(await movementCount()).toBe(moves);
    const { audit } = await auditOf(id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'acknowledge',
        by: supId,
        reason: 'stock was there, book was wrong',
        target: id,
      }),
    ]);
    const again = await act(id, { action: 'acknowledge', reason: 'changed my mind' });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('CONFLICT');
    expect((await auditOf(id)).audit).toHaveLength(1);
  });

  it('acknowledge needs a reason (400 REASON_REQUIRED, nothing changes); with one it records it', async () => {
    const [id] = (await raiseOverBook(dev, 1)) as [string];
    const bad = await act(id, { action: 'acknowledge' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('REASON_REQUIRED');
    expect((await snapshot(id)).status).toBe('open');
    const res = await act(id, { action: 'acknowledge', reason: 'not our stock: supplier claim' });
    expect(res.status).toBe(200);
    expect(await snapshot(id)).toMatchObject({
      status: 'resolved',
      resolution: 'acknowledge',
      note: 'not our stock: supplier claim',
      resolved_by: supId,
    });
    expect((await auditOf(id)).audit[0]).toMatchObject({
      action: 'acknowledge',
      reason: 'not our stock: supplier claim',
    });
  });

  it('recount flags the location the floor took stock from, once, and devices see flag and status', async () => {
    const [a, b] = (await raiseOverBook(dev, 2, 'B-03-1')) as [string, string];
    const res = await act(a, { action: 'recount', reason: 'check B-03-1' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      resolution: 'recount',
      changed: { effect: { recount: 'B-03-1', movements: [] } },
    });
    await act(b, { action: 'recount' });
    const flags = await server.store.db
      .selectFrom('location_flags')
      .selectAll()
      .where('location', '=', 'B-03-1')
      .where('cleared_at', 'is', null)
      .execute();
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ reason: 'supervisor', ref: a, raised_by: supId });
    const viewer = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    await viewer.pullAll();
    expect(viewer.table('exception').get(a)).toMatchObject({ status: 'resolved' });
    expect([...viewer.table('locationFlag').values()]).toContainEqual(
      expect.objectContaining({ location: 'B-03-1', reason: 'supervisor' }),
    );
    expect((await auditOf(a)).audit[0]).toMatchObject({
      action: 'recount',
      data: expect.objectContaining({
        effect: expect.objectContaining({ recount: 'B-03-1' }) as unknown,
      }) as unknown,
    });
  });

  it('assign sets the assignee only (still open); an unknown user is 422 and changes nothing', async () => {
    const [id] = (await raiseOverBook(dev, 1)) as [string];
    const counter = await userId(server.store, 'counter');
    const before = await snapshot(id);
    const bad = await act(id, { action: 'assign', assignTo: 'nobody' });
    expect(bad.status).toBe(422);
    expect(await snapshot(id)).toEqual(before);
    const res = await act(id, { action: 'assign', assignTo: counter, reason: 'count it tonight' });
    expect(res.status).toBe(200);
    expect(await snapshot(id)).toEqual({ ...before, assigned_to: counter });
    const mine = await sup.get<{ exceptions: X[] }>(`${C}/exceptions?assignedTo=${counter}`);
    expect(mine.body.exceptions.map((x) => x.id)).toEqual([id]);
    expect((await auditOf(id)).audit[0]).toMatchObject({
      action: 'assign',
      reason: 'count it tonight',
      data: expect.objectContaining({ assignedTo: counter }) as unknown,
    });
  });

  it('an action the kind does not offer is refused (409) and changes nothing', async () => {
    const [id] = (await raiseOverBook(dev, 1)) as [string];
    const before = await snapshot(id);
    const res = await act(id, { action: 'post-adjustment' });
    expect(res.status).toBe(409);
    expect(await snapshot(id)).toEqual(before);
    expect((await auditOf(id)).audit).toEqual([]);
  });

  it('the queue filters by status and kind', async () => {
    const open = await sup.get<{ exceptions: X[] }>(`${C}/exceptions?kind=move.over_book`);
    expect(open.body.exceptions.length).toBeGreaterThan(0);
    expect(
      open.body.exceptions.every((x) => x.status === 'open' && x.kind === 'move.over_book'),
    ).toBe(true);
    const resolved = await sup.get<{ exceptions: X[] }>(
      `${C}/exceptions?status=resolved&kind=move.`,
    );
    expect(resolved.body.exceptions.every((x) => x.status === 'resolved')).toBe(true);
    expect(resolved.body.exceptions.map((x) => x.resolution).sort()).toEqual([
      'acknowledge',
      'acknowledge',
      'recount',
      'recount',
    ]);
    const bad = await sup.get(`${C}/exceptions?status=maybe`);
    expect(bad.status).toBe(400);
  });

  it('the queue pages past 500 with a total, searches, filters by place and sorts by value', async () => {
    const from = 'C-01-2';
    // Repeats of one item at one place from one device merge after 10 (finding M4), so 520
    // separate exceptions take 52 items.
    const ids: string[] = [];
    for (let i = 0; i < 52; i++)
      ids.push(...(await raiseOverBook(dev, 10, from, `SKU-${10001 + i}`)));
    expect(new Set(ids).size).toBe(520);
    const page = async (q: string) =>
      (
        await sup.get<{ exceptions: (X & { value: number; location: string })[]; total: number }>(
          `${C}/exceptions?${q}`,
        )
      ).body;
    const first = await page(`location=${from}`);
    expect(first.total).toBe(520);
    expect(first.exceptions).toHaveLength(500);
    const rest = await page(`location=${from}&offset=500`);
    expect(rest.exceptions).toHaveLength(20);
    const seen = new Set([...first.exceptions, ...rest.exceptions].map((x) => x.id));
    expect(seen.size).toBe(520);
    const found = await page(`q=${encodeURIComponent(`${from} sku-10001`)}&limit=5`);
    expect(found.total).toBe(10);
    expect(found.exceptions.every((x) => x.location === from)).toBe(true);
    const byValue = (await page(`location=${from}&sort=value&limit=50`)).exceptions;
    const values = byValue.map((x) => x.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeGreaterThan(0);
    expect((await sup.get(`${C}/exceptions?limit=501`)).status).toBe(400);
    expect((await sup.get(`${C}/exceptions?sort=sideways`)).status).toBe(400);
  });

  it('naming a device shows on its row and is audited; a picker cannot', async () => {
    const res = await sup.post(`${C}/devices/${dev.deviceId}/label`, { label: 'Dock scanner 2' });
    expect(res.status).toBe(200);
    const { devices } = (
      await sup.get<{ devices: { id: string; label: string | null }[] }>(`${C}/devices`)
    ).body;
    expect(devices.find((d) => d.id === dev.deviceId)?.label).toBe('Dock scanner 2');
    const picker = await server.as('picker');
    const hostile = await picker.post<{ error: { code: string } }>(
      `${C}/devices/${dev.deviceId}/label`,
      { label: 'mine now' },
    );
    expect(hostile.status).toBe(403);
    expect(hostile.body.error.code).toBe('FORBIDDEN');
    expect((await sup.post(`${C}/devices/${dev.deviceId}/label`, { label: '' })).status).toBe(400);
    expect((await sup.post(`${C}/devices/nope/label`, { label: 'x' })).status).toBe(404);
    const audit = (await sup.get<{ audit: Audit[] }>(`${C}/audit`)).body.audit;
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'label-device',
        target: dev.deviceId,
        by: supId,
        data: { label: 'Dock scanner 2', previously: null },
      }),
    );
  });

  it('revoking a device ends its session and its pushes; revoking a user ends their sessions', async () => {
    const phone = new SimDevice(server.http, 'WH1', await userId(server.store, 'picker2'));
    phone.http = await server.as('picker2', phone.deviceId);
    expect((await phone.push([])).status).toBe(200);
    const res = await sup.post<{ sessionsRevoked: number }>(
      `${C}/devices/${phone.deviceId}/revoke`,
      {
        reason: 'phone lost in the yard',
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.sessionsRevoked).toBe(1);
    const after = await phone.push([
      phone.move({ sku: 'SKU-10001', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
    ]);
    expect(after.status).toBe(401);
    phone.http = await server.as('picker2', phone.deviceId);
    const again = await phone.push([]);
    expect(again.status).toBe(403);
    expect((again.body as unknown as { error: { code: string } }).error.code).toBe(
      'DEVICE_REVOKED',
    );

    const receiverId = await userId(server.store, 'receiver');
    const a = await server.as('receiver');
    const b = await server.as('receiver');
    const revoke = await sup.post<{ sessionsRevoked: number }>(
      `${C}/users/${receiverId}/revoke-sessions`,
      {
        reason: 'password shared',
      },
    );
    expect(revoke.body.sessionsRevoked).toBeGreaterThanOrEqual(2);
    for (const http of [a, b])
      expect((await http.post('/api/sync/heartbeat', {})).status).toBe(401);
    const audit = (await sup.get<{ audit: Audit[] }>(`${C}/audit`)).body.audit;
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'revoke-device',
          target: phone.deviceId,
          reason: 'phone lost in the yard',
          by: supId,
        }),
        expect.objectContaining({
          action: 'revoke-sessions',
          target: receiverId,
          reason: 'password shared',
          by: supId,
        }),
      ]),
    );
  });
});
