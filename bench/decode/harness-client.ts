// Node-side calls into the harness page (each one a page.evaluate of window.harness).

import type { Page } from 'playwright-core';
import type {
  DecodeCall,
  EngineSpec,
  FrameSpec,
  HarnessApi,
  TimingRequest,
} from './harness-api.ts';

type HarnessWindow = { harness: HarnessApi };

/** Opens the harness page and waits until it has installed window.harness. */
export async function openHarness(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => 'harness' in window);
}

export const startEngines = (page: Page, specs: EngineSpec[]) =>
  page.evaluate((s) => (window as unknown as HarnessWindow).harness.startEngines(s), specs);

export const factoryPick = (page: Page) =>
  page.evaluate(() => (window as unknown as HarnessWindow).harness.factoryPick());

export const decodeImage = (page: Page, url: string, rotations: number[], calls: DecodeCall[]) =>
  page.evaluate(([u, r, c]) => (window as unknown as HarnessWindow).harness.decodeImage(u, r, c), [
    url,
    rotations,
    calls,
  ] as const);

export const decodeSynthetic = (page: Page, frame: FrameSpec, calls: DecodeCall[]) =>
  page.evaluate(([f, c]) => (window as unknown as HarnessWindow).harness.decodeSynthetic(f, c), [
    frame,
    calls,
  ] as const);

export const timeDecode = (page: Page, request: TimingRequest) =>
  page.evaluate((r) => (window as unknown as HarnessWindow).harness.timeDecode(r), request);

export const timeFrameGrab = (page: Page, width: number, height: number, reps: number) =>
  page.evaluate(
    ([w, h, n]) => (window as unknown as HarnessWindow).harness.timeFrameGrab(w, h, n),
    [width, height, reps] as const,
  );
