// Camera time to first read in Chromium, with a fake camera playing a video of an EAN-13: from
// the tap on the camera button to the scan's feedback flash. The first open pays for loading the
// viewfinder chunk and compiling the decoder's wasm; later opens show the usual wait.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerProcess } from '../test/helpers/server-process.ts';
import { openPhone } from '../test/helpers/phone.ts';
import { writeBarcodeVideo } from '../test/helpers/fake-camera.ts';
import { demoItems } from '../server/demo/generate.ts';
import { round, summarize, type Summary } from './lib/stats.ts';

export interface CameraFigures {
  video: string;
  firstOpenMs: number;
  laterOpensMs: Summary;
}

export async function benchCamera(opens = 10): Promise<CameraFigures> {
  const video = join(mkdtempSync(join(tmpdir(), 'floorsync-bench-camera-')), 'camera.y4m');
  await writeBarcodeVideo(video, { bcid: 'ean13', text: demoItems()[0]!.barcodes[0]!.code });
  const server = await ServerProcess.start();
  const phone = await openPhone(server, 'picker', { fakeVideo: video });
  try {
    const page = phone.app.page;
    await phone.app.open('/lookup');
    const times: number[] = [];
    for (let i = 0; i < opens; i++) {
      times.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              const seen = new MutationObserver(() => {
                if (!document.querySelector('[data-testid=flash]')) return;
                seen.disconnect();
                resolve(performance.now() - t0);
              });
              seen.observe(document.body, { childList: true, subtree: true });
              document.querySelector<HTMLButtonElement>('[data-testid=camera-open]')!.click();
            }),
        ),
      );
      // One-scan mode closes the viewfinder after the read; let the flash fade.
      await page.waitForSelector('[data-testid=camera-view]', { state: 'detached' });
      await page.waitForSelector('[data-testid=flash]', { state: 'detached' });
    }
    return {
      video: '1280x720 Y4M, EAN-13 in the middle, first frame blank',
      firstOpenMs: round(times[0]!),
      laterOpensMs: summarize(times.slice(1)),
    };
  } finally {
    await phone.browser.close();
    await server.dispose();
  }
}
