// Page model of the camera viewfinder (opened from any scan bar).
import type { AppPage } from './app-page.ts';

declare global {
  interface Window {
    __cameraStreams?: MediaStream[];
  }
}

export class CameraPage {
  constructor(readonly app: AppPage) {}

  /** Records every camera stream the page opens, to check that each is released. */
  async watchStreams(): Promise<void> {
    await this.app.page.context().addInitScript(() => {
      const md = navigator.mediaDevices;
      const original = md.getUserMedia.bind(md);
      md.getUserMedia = async (c) => {
        const stream = await original(c);
        (window.__cameraStreams ??= []).push(stream);
        return stream;
      };
    });
  }

  async open(): Promise<void> {
    await this.app.page.click('[data-testid=camera-open]');
    await this.app.page.waitForSelector('[data-testid=camera-view]');
  }

  /** Opens the camera for one read. Not waiting for the viewfinder: a read in its first frames
   * closes it again before a poll could see it. */
  async openForOneRead(): Promise<void> {
    await this.app.page.click('[data-testid=camera-open]');
  }

  async waitRunning(): Promise<void> {
    await this.app.page.waitForSelector('[data-testid=camera-view][data-state=running]');
  }

  async close(): Promise<void> {
    await this.app.page.click('[data-testid=camera-close]');
    await this.app.page.waitForSelector('[data-testid=camera-view]', { state: 'detached' });
  }

  isOpen(): Promise<boolean> {
    return this.app.page.$('[data-testid=camera-view]').then((el) => el !== null);
  }

  /** Camera tracks opened so far and how many are still live. */
  streams(): Promise<{ opened: number; live: number }> {
    return this.app.page.evaluate(() => {
      const tracks = (window.__cameraStreams ?? []).flatMap((s) => s.getTracks());
      return {
        opened: tracks.length,
        live: tracks.filter((t) => t.readyState === 'live').length,
      };
    });
  }

  /** The page as the OS hides it (another app in front) or shows it again. */
  async setHidden(hidden: boolean): Promise<void> {
    await this.app.page.evaluate((h) => {
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => (h ? 'hidden' : 'visible'),
      });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  }

  async problem(): Promise<{ kind: string | null; text: string }> {
    const el = await this.app.page.waitForSelector('[data-testid=camera-problem] p');
    return { kind: await el.getAttribute('data-problem'), text: (await el.textContent()) ?? '' };
  }
}
