// The native BarcodeDetector path (Android Chrome) without an Android device: a stand-in
// BarcodeDetector is installed in the page, and the zxing-wasm worker is refused (as where a
// policy disables WebAssembly), so the camera's engine selection must fall to the native
// detector before zxing-js. The
// stand-in records the formats it is built with and answers each detect() from a script: this
// proves the selection, the format mapping per step, and the confirmation rule (a weak-check 1D
// read seen on one frame names nothing; a QR code goes out on its first).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium } from '../helpers/chromium.ts';
import { writeBarcodeVideo } from '../helpers/fake-camera.ts';
import { openPhone, type Phone } from '../helpers/phone.ts';
import { ServerProcess } from '../helpers/server-process.ts';
import { CameraPage } from './pages/camera-page.ts';
import { demoItems } from '../../server/demo/generate.ts';

type Detected = { rawValue: string; format: string };
interface StandIn {
  built: (string[] | null)[];
  frames: number;
  script: Detected[][];
  idle: Detected[];
}
declare global {
  interface Window {
    __detector?: StandIn;
  }
}

const items = demoItems().filter((i) => !i.lotTracked && !i.serialTracked);
const [itemA, itemB, itemC] = [items[0]!, items[1]!, items[2]!];

describe.runIf(requireChromium())('native BarcodeDetector (stand-in)', () => {
  let server: ServerProcess;
  let phone: Phone;
  let camera: CameraPage;
  const video = join(mkdtempSync(join(tmpdir(), 'floorsync-native-')), 'camera.y4m');

  beforeAll(async () => {
    server = await ServerProcess.start();
    await writeBarcodeVideo(video, null);
    phone = await openPhone(server, 'picker', {
      fakeVideo: video,
      prepare: async (browser) => {
        await browser.context.addInitScript(() => {
          const state: StandIn = { built: [], frames: 0, script: [], idle: [] };
          window.__detector = state;
          class StandInDetector {
            static getSupportedFormats() {
              return Promise.resolve([
                'aztec',
                'code_128',
                'code_39',
                'data_matrix',
                'ean_13',
                'ean_8',
                'itf',
                'pdf417',
                'qr_code',
                'upc_a',
                'upc_e',
              ]);
            }
            constructor(options?: { formats?: string[] }) {
              state.built.push(options?.formats ? [...options.formats].sort() : null);
            }
            detect(): Promise<Detected[]> {
              state.frames++;
              return Promise.resolve(state.script.shift() ?? state.idle);
            }
          }
          Object.defineProperty(window, 'BarcodeDetector', { value: StandInDetector });
          // zxing-wasm cannot start (as where WebAssembly is disabled): its worker is refused.
          const RealWorker = window.Worker;
          window.Worker = class extends RealWorker {
            constructor(url: string | URL, options?: WorkerOptions) {
              if (options?.name === 'zxing-wasm')
                throw new DOMException('blocked', 'SecurityError');
              super(url, options);
            }
          };
        });
      },
    });
    camera = new CameraPage(phone.app);
  });
  afterAll(async () => {
    await phone?.browser.close();
    await server?.dispose();
  });

  const page = () => phone.app.page;
  const control = (patch: Partial<Pick<StandIn, 'script' | 'idle'>>) =>
    page().evaluate((p) => Object.assign(window.__detector!, p), patch);
  const framesSeen = () => page().evaluate(() => window.__detector!.frames);
  const waitFrames = async (more: number) => {
    const target = (await framesSeen()) + more;
    await page().waitForFunction((n) => window.__detector!.frames >= n, target);
  };
  const atItemStep = async () => {
    await phone.app.open('/move');
    await phone.app.wedgeScan('A-01-1');
    await page().waitForSelector('[data-testid=step-from].done');
  };

  it('is chosen when zxing-wasm cannot start, with the step formats mapped to its names', async () => {
    await page().evaluate(() => (window.__detector!.built = []));
    await atItemStep();
    await control({ script: [], idle: [{ rawValue: itemA.barcodes[0]!.code, format: 'ean_13' }] });
    await camera.openForOneRead();
    await page().waitForSelector('[data-testid=step-item].done');
    expect(await page().textContent('[data-testid=step-item]')).toContain(itemA.sku);
    const built = await page().evaluate(() => window.__detector!.built);
    // The item step (items and locations): every warehouse format the detector has, no more.
    expect(built).toContainEqual([
      'code_128',
      'code_39',
      'data_matrix',
      'ean_13',
      'ean_8',
      'itf',
      'qr_code',
      'upc_a',
      'upc_e',
    ]);
    await page().waitForSelector('[data-testid=camera-view]', { state: 'detached' });
  });

  it('the location step asks the detector for warehouse code formats only', async () => {
    await control({ script: [], idle: [] });
    await page().evaluate(() => (window.__detector!.built = []));
    await phone.app.open('/move');
    await camera.open();
    await waitFrames(3);
    const built = await page().evaluate(() => window.__detector!.built);
    expect(built).toContainEqual(['code_128', 'code_39', 'data_matrix', 'qr_code']);
    expect(built.flat()).not.toContain('ean_13');
    await camera.close();
  });

  it('an EAN-13 seen on one frame only names no item; two agreeing frames do', async () => {
    await atItemStep();
    // The misread: another item's valid EAN-13, once, then nothing in view.
    await control({
      script: [[{ rawValue: itemB.barcodes[0]!.code, format: 'ean_13' }]],
      idle: [],
    });
    await camera.open();
    await waitFrames(20);
    expect(await page().$('[data-testid=step-item].done')).toBeNull();
    expect(await camera.isOpen()).toBe(true);
    // The label held steady: the same read on every frame.
    await control({ idle: [{ rawValue: itemA.barcodes[0]!.code, format: 'ean_13' }] });
    await page().waitForSelector('[data-testid=step-item].done');
    expect(await page().textContent('[data-testid=step-item]')).toContain(itemA.sku);
    expect(await page().textContent('[data-testid=step-item]')).not.toContain(itemB.sku);
  });

  it('a QR code (strong check) is taken on its first frame', async () => {
    await atItemStep();
    const link = `https://id.gs1.org/01/0${itemC.barcodes[0]!.code}`;
    await control({ script: [[{ rawValue: link, format: 'qr_code' }]], idle: [] });
    await camera.openForOneRead();
    await page().waitForSelector('[data-testid=step-item].done');
    expect(await page().textContent('[data-testid=step-item]')).toContain(itemC.sku);
  });
});
