// Labour figures on a scripted shift equal the hand count (issue 17, M6): a pick line scanned 12
// times is 1 line of 12 units, lines of two orders are 2 orders, a short line is a line and a
// short; two receives on one receipt line are 1 line; a counted location is 1 line; an op the
// server refused is counted as refused, not as work. Real HTTP on each store; a picker's valid
// token gets 403 from the figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { importPickList, pickOp, shortOp } from '../helpers/picking.ts';
import { importReceipt, newDelivery, receive } from '../helpers/receiving.ts';
import { count } from '../helpers/counting.ts';
import { C } from '../helpers/console.ts';

interface Figures {
  task: string;
  lines: number;
  units: number;
  orders: number;
  hoursWorked: number;
  linesPerHour: number;
  shortLines: number;
  rejected: number;
}
interface Person {
  userName: string;
  total: number;
  tasks: Figures[];
  hours: { at: number; lines: number }[];
}

describe.each(storeKinds())('labour figures on %s', (kind) => {
  let server: TestServer;
  let rates: Person[];
  const device = async (username: string) => {
    const dev = new SimDevice(
      await server.as(username),
      'WH1',
      await userId(server.store, username),
    );
    await dev.pullAll();
    return dev;
  };
  const of = (name: string, task: string) =>
    rates.find((p) => p.userName === name)?.tasks.find((t) => t.task === task);

  beforeAll(async () => {
    server = await startTestServer(kind);
    const admin = await server.as('admin');
    await importPickList(admin, {
      number: 'PL-LAB',
      kind: 'batch',
      lines: [
        { order: 'SO-L1', tote: 'TOTE-01', sku: 'SKU-10050', qty: 12, location: 'R-01' },
        { order: 'SO-L2', tote: 'TOTE-02', sku: 'SKU-10050', qty: 3, location: 'R-01' },
        { order: 'SO-L2', tote: 'TOTE-02', sku: 'SKU-10050', qty: 2, location: 'R-01' },
      ],
    });
    await importReceipt(admin, { number: 'R-LAB', lines: [{ sku: 'SKU-10001', qty: 10 }] });

    const picker = await device('picker');
    const at = { list: 'PL-LAB', sku: 'SKU-10050', location: 'R-01' };
    const claim = picker.op('pick.claim', { list: 'PL-LAB' });
    const scans = Array.from({ length: 12 }, () =>
      pickOp(picker, { ...at, line: 1, qty: 1, tote: 'TOTE-01' }),
    );
    const res = await picker.push([
      claim,
      ...scans,
      pickOp(picker, { ...at, line: 2, qty: 3, tote: 'TOTE-02' }),
      shortOp(picker, { ...at, line: 3, reason: 'empty' }),
      // Refused: the item does not exist.
      picker.move({ sku: 'NO-SUCH-SKU', from: 'A-01-1', to: 'A-01-2', qty: 1 }),
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.results.at(-1)?.status).toBe('rejected');

    const rcv = await device('receiver');
    const d = newDelivery();
    await rcv.push([
      receive(rcv, { receipt: 'R-LAB', delivery: d, line: 1, sku: 'SKU-10001', qty: 4 }),
      receive(rcv, { receipt: 'R-LAB', delivery: d, line: 1, sku: 'SKU-10001', qty: 2 }),
      rcv.op('receive.finish', { receipt: 'R-LAB', delivery: d }),
    ]);

    const counter = await device('counter');
    await counter.push([count(counter, null, 'A-01-1', [{ sku: 'SKU-10001', qty: 5 }])]);

    const sup = await server.as('supervisor');
    const p = await sup.get<{ rates: Person[] }>(`${C}/progress`);
    expect(p.status).toBe(200);
    rates = p.body.rates;
  });
  afterAll(() => server.close());

  it('12 scans of one pick line are one line of 12 units', () => {
    expect(of('Pat Picker', 'picking')).toMatchObject({
      lines: 3,
      units: 15,
      orders: 2,
      shortLines: 1,
      rejected: 0,
      hoursWorked: expect.any(Number) as unknown,
    });
    const f = of('Pat Picker', 'picking')!;
    expect(f.linesPerHour).toBe(Math.round((10 * 3) / f.hoursWorked) / 10);
  });

  it('a refused op is counted as refused, not as a line', () => {
    expect(of('Pat Picker', 'moving')).toMatchObject({ lines: 0, units: 0, rejected: 1 });
  });

  it('receiving and counting count lines, units and documents', () => {
    expect(of('Rita Receiver', 'receiving')).toMatchObject({ lines: 1, units: 6, orders: 1 });
    expect(of('Rita Receiver', 'picking')).toBeUndefined();
    const counted = rates.find((p) => p.tasks.some((t) => t.task === 'counting'));
    expect(counted?.tasks.find((t) => t.task === 'counting')).toMatchObject({
      lines: 1,
      units: 5,
    });
  });

  it('the hourly series adds up to the lines', () => {
    for (const p of rates) {
      expect(p.hours.reduce((k, h) => k + h.lines, 0)).toBe(p.total);
      expect(p.total).toBe(p.tasks.reduce((k, t) => k + t.lines, 0));
    }
  });

  it('a picker with a valid token gets 403 and no figures', async () => {
    const picker = await server.as('picker');
    const res = await picker.get<{ error: { code: string }; rates?: unknown }>(`${C}/progress`);
    expect(res.status).toBe(403);
    expect(res.body.rates).toBeUndefined();
  });
});
