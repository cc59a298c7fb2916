// Each decoder engine available in Chromium reads the labels a warehouse sees, rendered with
// bwip-js into a camera-sized frame, with GS1 separators arriving as GS (0x1D); and zxing-wasm's
// .wasm comes from our own server, never from a CDN.

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecodedBarcode, EngineName } from '../../src/scan/engines/engine.ts';
import type { EngineStatus, SyntheticCode } from '../../bench/decode/harness-api.ts';
import {
  decodeSynthetic,
  factoryPick,
  openHarness,
  startEngines,
} from '../../bench/decode/harness-client.ts';
import { type HarnessServer, startHarnessServer } from '../../bench/decode/harness-server.ts';
import { launchChromium, requireChromium } from '../helpers/chromium.ts';

const GS = '\u001d';
const chromium = requireChromium();

interface Label {
  name: string;
  code: SyntheticCode;
  expected: Pick<DecodedBarcode, 'text' | 'format'> & { gs1?: boolean };
}

const LABELS: Label[] = [
  {
    name: 'EAN-13',
    code: { bcid: 'ean13', text: '4006381333931', scale: 3, height: 18 },
    expected: { text: '4006381333931', format: 'ean13' },
  },
  {
    name: 'GS1-128 (01)(17)(10)',
    code: { bcid: 'gs1-128', text: '(01)09501101530003(17)260630(10)LOT42', scale: 2, height: 12 },
    expected: { text: '01095011015300031726063010LOT42', format: 'code128', gs1: true },
  },
  {
    // (01)(17)(10) in that order needs no separator (10 is last), so also the order that does.
    name: 'GS1-128 (01)(10)(17), GS after the lot',
    code: { bcid: 'gs1-128', text: '(01)09501101530003(10)LOT42(17)260630', scale: 2, height: 12 },
    expected: { text: `010950110153000310LOT42${GS}17260630`, format: 'code128', gs1: true },
  },
  {
    name: 'UPC-E',
    code: { bcid: 'upce', text: '01234565', scale: 3, height: 18 },
    expected: { text: '01234565', format: 'upce' },
  },
  {
    name: 'GS1 DataMatrix',
    code: { bcid: 'gs1datamatrix', text: '(01)09501101530003(10)LOT42(17)260630', scale: 4 },
    expected: { text: `010950110153000310LOT42${GS}17260630`, format: 'datamatrix', gs1: true },
  },
  {
    name: 'QR',
    code: { bcid: 'qrcode', text: 'https://example.com/item/42', scale: 4 },
    expected: { text: 'https://example.com/item/42', format: 'qrcode' },
  },
];

const ENGINES: EngineName[] = ['native', 'zxing-wasm', 'zxing-js'];

describe.skipIf(chromium === null)('decoder engines in Chromium', () => {
  let server: HarnessServer;
  let context: BrowserContext;
  let page: Page;
  let statuses: EngineStatus[];
  const foreign: string[] = [];

  beforeAll(async () => {
    server = await startHarnessServer();
    const browser = await launchChromium({ executablePath: chromium ?? undefined });
    context = await browser.newContext();
    // Anything not from our server is recorded and refused, worker fetches included.
    await context.route(
      (url) => url.origin !== new URL(server.url).origin,
      (route) => {
        foreign.push(route.request().url());
        return route.abort();
      },
    );
    page = await context.newPage();
    await openHarness(page, server.url);
    statuses = await startEngines(
      page,
      ENGINES.map((engine) => ({ id: engine, engine })),
    );
  });

  afterAll(async () => {
    await context?.browser()?.close();
    await server?.close();
  });

  for (const engine of ENGINES) {
    it(`${engine} reads EAN-13, GS1-128, UPC-E, GS1 DataMatrix and QR`, async (ctx) => {
      const status = statuses.find((s) => s.id === engine);
      // Native BarcodeDetector is absent on desktop Linux; the two ZXing engines must start.
      if (engine === 'native' && !status?.available) return ctx.skip();
      expect(status, status?.reason).toMatchObject({ available: true });
      for (const label of LABELS) {
        const frame = { width: 640, height: 480, seed: 1, noise: 16, code: label.code };
        const [outcome] = await decodeSynthetic(page, frame, [{ engine, tryHarder: false }]);
        expect(outcome?.error, label.name).toBeUndefined();
        const read = outcome?.results.find((r) => r.format === label.expected.format);
        expect(read, `${engine} did not read ${label.name}`).toBeDefined();
        expect(read?.text, label.name).toBe(label.expected.text);
        if (label.expected.text.includes(GS)) expect(read?.text.split(GS)).toHaveLength(2);
        if (label.expected.gs1 && read?.isGs1 !== undefined) expect(read.isGs1).toBe(true);
        if (label.expected.gs1 && read?.symbologyId)
          expect(read.symbologyId).toMatch(/^\](C1|d2)$/);
      }
    });
  }

  it('createEngine() picks zxing-wasm here, loading the .wasm from our own server only', async () => {
    expect((await factoryPick(page)).name).toBe('zxing-wasm');
    expect(server.served.filter((path) => path.endsWith('.wasm')).length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });
});
