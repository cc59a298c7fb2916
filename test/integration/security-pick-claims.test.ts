// Finding M6: a picker short-picks and completes a list another picker claimed, so the list is
// complete with nothing picked and the exception queue fills with false shorts. Shorts and
// completes now need the claim on this device, or an office role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exceptionsOfKind,
  importPickList,
  pickLineOf,
  pickListOf,
  shortOp,
} from '../helpers/picking.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';

describe.each(storeKinds())('pick list claims on %s', (kind) => {
  let server: TestServer;
  let device: (username: string) => Promise<SimDevice>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    device = async (username) =>
      new SimDevice(await server.as(username), 'WH1', await userId(server.store, username));
  });
  afterAll(() => server.close());

  const lines = [
    { sku: 'SKU-10001', qty: 2, location: 'A-01-1' },
    { sku: 'SKU-10002', qty: 1, location: 'A-02-1' },
  ];
  const shortOf = (dev: SimDevice, list: string, i: number) =>
    shortOp(dev, {
      list,
      line: i + 1,
      sku: lines[i]!.sku,
      location: lines[i]!.location,
      reason: 'empty',
    });
  const shortsOf = (dev: SimDevice, list: string) =>
    lines.map((l, i) =>
      shortOp(dev, { list, line: i + 1, sku: l.sku, location: l.location, reason: 'empty' }),
    );

  it('M6: shorts and a complete on a list claimed by another picker are refused; nothing changes', async () => {
    await importPickList(await server.as('admin'), { number: 'PL-SEC-1', lines });
    const holder = await device('picker2');
    expect(
      (await holder.push([holder.op('pick.claim', { list: 'PL-SEC-1' })])).body.results[0]!.status,
    ).toBe('applied');
    const other = await device('picker');
    const res = await other.push([
      ...shortsOf(other, 'PL-SEC-1'),
      other.op('pick.complete', { list: 'PL-SEC-1' }),
    ]);
    expect(res.body.results.map((r) => r.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(res.body.results[0]!.message).toContain('claimed by');
    expect(await pickListOf(server.store, 'PL-SEC-1')).toMatchObject({
      status: 'claimed',
      claimed_by: holder.userId,
    });
    expect(await pickLineOf(server.store, 'PL-SEC-1', 1)).toMatchObject({ status: 'open' });
    expect(await exceptionsOfKind(server.store, 'short-pick', 'PL-SEC-1')).toHaveLength(0);
  });

  it('M6: the claim holder, or a supervisor, may short and complete', async () => {
    await importPickList(await server.as('admin'), { number: 'PL-SEC-2', lines });
    const holder = await device('picker2');
    await holder.push([holder.op('pick.claim', { list: 'PL-SEC-2' })]);
    expect((await holder.push([shortOf(holder, 'PL-SEC-2', 0)])).body.results[0]!.status).toBe(
      'applied',
    );
    const sup = await device('supervisor');
    const res = await sup.push([
      shortOf(sup, 'PL-SEC-2', 1),
      sup.op('pick.complete', { list: 'PL-SEC-2' }),
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await pickListOf(server.store, 'PL-SEC-2')).toMatchObject({ status: 'complete' });
  });
});
