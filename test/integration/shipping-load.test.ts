// Loading by route through real HTTP on each store (S7–S9): R-NORTH loads last stop first; a
// carton of stop 1 loaded while stop 3 waits is applied and raised as load.out_of_order, a
// carton of R-SOUTH put on VAN-01 as load.wrong_vehicle; an unknown SSCC is rejected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, storeKinds, type TestServer } from '../helpers/test-server.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { homeOf, pickOp } from '../helpers/picking.ts';
import { cartonOf, SsccWallet } from '../helpers/shipping.ts';
import { makeSscc } from '../../src/core/shipping/sscc.ts';

describe.each(storeKinds())('loading by route on %s', (kind) => {
  let server: TestServer;
  let dev: SimDevice;
  let wallet: SsccWallet;
  const ssccOf = new Map<string, string>();

  /** Picks one line and packs it into its own carton; returns the carton's SSCC. */
  const pickAndPack = async (
    list: string,
    line: number,
    order: string,
    sku: string,
    qty: number,
  ) => {
    const location = await homeOf(server.store, sku);
    const sscc = wallet.next()!;
    const carton = `CT-${order}`;
    const res = await dev.push([
      dev.op('pick.claim', { list }),
      pickOp(dev, { list, line, sku, qty, location, tote: null }),
      dev.op('pack.open', { carton, list, order, packageType: 'box-s', cartonNo: 1 }),
      dev.op('pack.item', { carton, order, sku, qty }),
      dev.op('pack.close', { carton, sscc, weightGrams: null }),
    ]);
    expect(res.body.results.filter((r) => r.status === 'rejected')).toEqual([]);
    ssccOf.set(order, sscc);
    return sscc;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    dev = new SimDevice(await server.as('picker'), 'WH1', await userId(server.store, 'picker'));
    dev.packs = true;
    await dev.pullAll();
    wallet = new SsccWallet(dev);
    wallet.absorb();
    await pickAndPack('PL-3001', 1, 'SO-5001', 'SKU-10013', 2);
    await pickAndPack('PL-3001', 4, 'SO-5003', 'SKU-10030', 2);
    await pickAndPack('PL-3002', 1, 'SO-5004', 'SKU-10004', 2);
  });
  afterAll(() => server.close());

  it('S8, S9: out of order and wrong vehicle are applied and raised; in order raises nothing', async () => {
    const load = (route: string, order: string, confirmed = false) =>
      dev.op('load.carton', { route, sscc: ssccOf.get(order)!, confirmed });
    const res = await dev.push([
      load('R-NORTH', 'SO-5001', true),
      load('R-NORTH', 'SO-5003'),
      load('R-NORTH', 'SO-5004'),
      load('R-NORTH', 'SO-5001'),
      dev.op('load.carton', {
        route: 'R-NORTH',
        sscc: makeSscc({ extensionDigit: 0, companyPrefix: '5901234' }, 999_999),
      }),
      dev.op('load.carton', { route: 'R-NOWHERE', sscc: ssccOf.get('SO-5001')! }),
    ]);
    const r = res.body.results;
    expect(r.map((x) => x.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
      'rejected',
      'rejected',
    ]);
    expect(r.slice(4).map((x) => x.code)).toEqual(['UNKNOWN_DOCUMENT', 'UNKNOWN_DOCUMENT']);
    expect(r[0]!.exceptions?.map((x) => x.kind)).toEqual(['load.out_of_order']);
    expect(r[1]!.exceptions ?? []).toEqual([]);
    expect(r[2]!.exceptions?.map((x) => x.kind)).toEqual(['load.wrong_vehicle']);
    expect(r[3]!.exceptions ?? []).toEqual([]);
    expect(await cartonOf(server.store, 'CT-SO-5001')).toMatchObject({ loadedRoute: 'R-NORTH' });
    await dev.pullAll();
    expect(dev.table('shipRoute').get('R-NORTH')).toMatchObject({ status: 'loading' });
  });
});
