// The console's receipts screen over real HTTP on each store: open receipts with progress,
// damage and the dock's "close short" request; one receipt with its photos (served as JPEG);
// closing short from the console closes the receipt, raises receive.short for what never came,
// resolves the request and is audited; a second close is 409, no reason is 400, and a picker's
// valid token gets 403 and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { importReceipt, newDelivery, receive } from '../helpers/receiving.ts';
import { C } from '../helpers/console.ts';
import type { HttpClient } from '../helpers/http-client.ts';

const PHOTO = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDA==';

interface Row {
  number: string;
  status: string;
  expected: number;
  received: number;
  damaged: number;
  shortLines: number;
  people: string[];
  openExceptions: number;
  closeRequested: string | null;
  photos: number;
  closedReason: string | null;
  closedBy: string | null;
}
interface Detail {
  receipt: { status: string; closedByName: string | null };
  short: { sku: string; expected: number; received: number }[];
  photos: { id: string; sku: string }[];
  exceptions: { id: string; kind: string; status: string; userName: string | null }[];
  events: { userName: string | null; qty: number }[];
}

describe.each(storeKinds())('console receipts on %s', (kind) => {
  let server: TestServer;
  let sup: HttpClient;
  const row = async (n: string, status = 'open') =>
    (await sup.get<{ receipts: Row[] }>(`${C}/receipts?status=${status}`)).body.receipts.find(
      (r) => r.number === n,
    );

  beforeAll(async () => {
    server = await startTestServer(kind);
    sup = await server.as('supervisor');
    const admin = await server.as('admin');
    await importReceipt(admin, {
      number: 'R-CS',
      lines: [
        { sku: 'SKU-10001', qty: 10 },
        { sku: 'SKU-10002', qty: 5 },
      ],
    });
    const rcv = new SimDevice(
      await server.as('receiver'),
      'WH1',
      await userId(server.store, 'receiver'),
    );
    await rcv.pullAll();
    const d = newDelivery();
    const res = await rcv.push([
      receive(rcv, { receipt: 'R-CS', delivery: d, line: 1, sku: 'SKU-10001', qty: 4 }),
      receive(rcv, {
        receipt: 'R-CS',
        delivery: d,
        line: 2,
        sku: 'SKU-10002',
        qty: 1,
        condition: 'damaged',
        reason: 'crushed',
        photo: PHOTO,
      }),
      rcv.op('receive.finish', { receipt: 'R-CS', delivery: d, askCloseShort: 'truck was short' }),
    ]);
    expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
  });
  afterAll(() => server.close());

  it('lists the open receipt with progress, damage, the request and its photo', async () => {
    expect(await row('R-CS')).toMatchObject({
      status: 'open',
      expected: 15,
      received: 5,
      damaged: 1,
      shortLines: 2,
      people: ['Rita Receiver'],
      closeRequested: 'truck was short',
      photos: 1,
    });
    expect((await row('R-CS'))!.openExceptions).toBeGreaterThanOrEqual(1);
    expect(await row('R-CS', 'closed')).toBeUndefined();
  });

  it('shows one receipt with names and serves its damage photo', async () => {
    const d = (await sup.get<Detail>(`${C}/receipts/R-CS`)).body;
    expect(d.photos).toEqual([expect.objectContaining({ sku: 'SKU-10002' })]);
    expect(d.events.every((e) => e.userName === 'Rita Receiver')).toBe(true);
    expect(d.exceptions.find((x) => x.kind === 'receive.close_requested')?.userName).toBe(
      'Rita Receiver',
    );
    const res = await fetch(
      `${server.url}/api/supervisor/warehouses/WH1/receipt-photos/${d.photos[0]!.id}`,
      { headers: { authorization: `Bearer ${sup.token}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('image/jpeg');
    expect((await sup.get(`${C}/receipts/NO-SUCH`)).status).toBe(404);
  });

  it('a picker with a valid token gets 403 and the receipt stays open', async () => {
    const picker = await server.as('picker');
    expect((await picker.get(`${C}/receipts`)).status).toBe(403);
    expect((await picker.get(`${C}/receipts/R-CS`)).status).toBe(403);
    const res = await picker.post(`${C}/receipts/R-CS/close-short`, { reason: 'hostile' });
    expect(res.status).toBe(403);
    expect((await row('R-CS'))?.status).toBe('open');
  });

  it('refuses a close without a reason', async () => {
    expect((await sup.post(`${C}/receipts/R-CS/close-short`, { reason: ' ' })).status).toBe(400);
    expect((await row('R-CS'))?.status).toBe('open');
  });

  it('closes short: the receipt closes, receive.short is raised, the request resolved, audited', async () => {
    const res = await sup.post<{ raised: { kind: string }[]; resolved: string[] }>(
      `${C}/receipts/R-CS/close-short`,
      { reason: 'supplier confirmed the rest is not coming' },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.raised.map((x) => x.kind)).toEqual(['receive.short']);
    expect(res.body.resolved).toHaveLength(1);
    expect(await row('R-CS')).toBeUndefined();
    expect(await row('R-CS', 'closed')).toMatchObject({
      status: 'closed',
      closedReason: 'supplier confirmed the rest is not coming',
      closedBy: 'Sam Supervisor',
      closeRequested: null,
    });
    const d = (await sup.get<Detail>(`${C}/receipts/R-CS`)).body;
    expect(d.receipt).toMatchObject({ status: 'closed', closedByName: 'Sam Supervisor' });
    expect(d.short).toEqual([
      expect.objectContaining({ sku: 'SKU-10001', expected: 10, received: 4 }),
      expect.objectContaining({ sku: 'SKU-10002', expected: 5, received: 1 }),
    ]);
    const asked = d.exceptions.find((x) => x.kind === 'receive.close_requested')!;
    const x = (
      await sup.get<{ exception: { status: string; resolution: string } }>(
        `${C}/exceptions/${asked.id}`,
      )
    ).body.exception;
    expect(x).toMatchObject({ status: 'resolved', resolution: 'close-short' });
    const audit = (
      await sup.get<{ audit: { action: string; target: string; reason: string }[] }>(`${C}/audit`)
    ).body.audit;
    expect(audit[0]).toMatchObject({
      action: 'close-short',
      target: 'R-CS',
      reason: 'supplier confirmed the rest is not coming',
    });
  });

  it('a second close is a conflict and changes nothing', async () => {
    const before = (await sup.get<{ audit: unknown[] }>(`${C}/audit`)).body.audit.length;
    const res = await sup.post<{ error: { code: string } }>(`${C}/receipts/R-CS/close-short`, {
      reason: 'again',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('CONFLICT');
    expect((await sup.get<{ audit: unknown[] }>(`${C}/audit`)).body.audit.length).toBe(before);
  });
});
