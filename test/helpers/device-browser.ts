// One simulated phone: the system Chromium started by us on its own profile directory, driven
// over CDP. Because we own the process we can SIGKILL it (F1) and start it again on the same
// profile: "the same phone after a crash".
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';
import { fakeCameraArgs } from './fake-camera.ts';
import { recordAcks, type UiAck } from './acks.ts';

/** Browsers currently running, for failure screenshots (test/helpers/e2e-setup.ts). */
export const openBrowsers = new Set<DeviceBrowser>();

export class DeviceBrowser {
  private proc: ChildProcess | null = null;
  private browser: Browser | null = null;
  context!: BrowserContext;
  /** Every notice the UI showed as done, across kills and restarts (I1's acknowledged list). */
  readonly acks: UiAck[] = [];

  private constructor(
    readonly profileDir: string,
    private readonly extraArgs: readonly string[],
  ) {}

  static async launch(
    opts: {
      profileDir?: string;
      args?: readonly string[];
      /** A Y4M (or MJPEG) file the page sees as its camera, allowed without a prompt. */
      fakeVideo?: string;
    } = {},
  ): Promise<DeviceBrowser> {
    const d = new DeviceBrowser(
      opts.profileDir ?? mkdtempSync(join(tmpdir(), 'floorsync-phone-')),
      [...(opts.args ?? []), ...(opts.fakeVideo ? fakeCameraArgs(opts.fakeVideo) : [])],
    );
    await d.start();
    return d;
  }

  async start(): Promise<void> {
    const exe = findChromium();
    if (!exe) throw new Error('Chromium not found');
    const proc = spawn(
      exe,
      [
        ...CHROMIUM_FLAGS,
        '--headless=new',
        '--remote-debugging-port=0',
        `--user-data-dir=${this.profileDir}`,
        '--window-size=400,800',
        ...this.extraArgs,
        'about:blank',
      ],
      // Its own process group, so a kill takes the renderers and GPU process down with it.
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    this.proc = proc;
    const wsUrl = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 30_000);
      proc.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      proc.once('exit', () => reject(new Error(`Chromium exited: ${err}`)));
    });
    this.browser = await chromium.connectOverCDP(wsUrl);
    this.context = this.browser.contexts()[0]!;
    await recordAcks(this.context, this.acks);
    openBrowsers.add(this);
  }

  async page(): Promise<Page> {
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    page.setDefaultTimeout(60_000);
    return page;
  }

  /** A CDP session with the browser itself (Storage.*, Browser.* commands). */
  cdp(): Promise<CDPSession> {
    if (!this.browser) throw new Error('Chromium is not running');
    return this.browser.newBrowserCDPSession();
  }

  /** Kills Chromium without warning, as a dead battery or an OOM kill would. */
  async kill(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    try {
      process.kill(-proc.pid!, 'SIGKILL');
    } catch {
      proc.kill('SIGKILL');
    }
    await exited;
    this.browser = null;
  }

  /** The same profile again, after a kill or a close. */
  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  async close(opts: { keepProfile?: boolean } = {}): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    await this.kill();
    openBrowsers.delete(this);
    if (!opts.keepProfile)
      rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}
