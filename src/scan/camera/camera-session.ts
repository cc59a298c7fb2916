// One camera session: the stream in a <video>, a decode loop over the region of interest in a
// decoder engine (off the main thread), and the rules that keep the camera from being left on:
// stop() on close, and the stream released whenever the page is hidden (resumed when it is back).
import type { DecodedBarcode, DecoderEngine } from '../engines/engine.ts';
import { expectedFormats } from '../expectation.ts';
import { cameraProblem, type CameraProblem } from './camera-errors.ts';
import { ReadConfirmer } from './confirm.ts';
import { openCamera, type OpenCamera } from './camera-stream.ts';
import { bandFormats, DecodeCadence, LINEAR_FORMATS, type FramePlan } from './cadence.ts';
import { bandOf, regionOf } from './region.ts';
import { acquireEngine, discardEngine, releaseEngine } from './shared-engine.ts';

export type CameraState =
  | { kind: 'starting' }
  | { kind: 'running'; torch: boolean }
  | { kind: 'paused' }
  | { kind: 'problem'; problem: CameraProblem; detail: string };

export interface CameraHandlers {
  state(s: CameraState): void;
  read(barcode: DecodedBarcode, at: number): void;
}

/** About 15 frames a second: enough to feel instant, and leaves the CPU to the rest. */
const FRAME_MS = 66;
/** A weak read waits for a second frame: take the camera's next one (30 fps) instead. */
const CONFIRM_FRAME_MS = 34;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class CameraSession {
  private camera: OpenCamera | null = null;
  private engine: Promise<DecoderEngine> | null = null;
  /** Bumped on every start and stop: a loop or an open from an older generation gives up. */
  private gen = 0;
  private deviceId: string | undefined;
  private readonly canvas = document.createElement('canvas');

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly on: CameraHandlers,
  ) {
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('pagehide', this.onHide);
  }

  /** Opens (or reopens with another camera) and starts reading. */
  async start(deviceId?: string): Promise<void> {
    this.deviceId = deviceId;
    this.paused = false;
    this.release();
    const gen = ++this.gen;
    this.on.state({ kind: 'starting' });
    this.engine ??= acquireEngine();
    let camera: OpenCamera;
    try {
      camera = await openCamera(deviceId);
    } catch (error) {
      if (gen === this.gen) this.fail(error);
      return;
    }
    if (gen !== this.gen) {
      camera.stop(); // closed while the permission prompt was up
      return;
    }
    this.camera = camera;
    camera.track.addEventListener('ended', () => {
      if (gen === this.gen) this.fail(new DOMException('camera taken', 'NotReadableError'));
    });
    this.video.srcObject = camera.stream;
    try {
      await this.video.play();
    } catch (error) {
      // AbortError: a newer start or a close interrupted play(); not a camera problem.
      if (gen === this.gen && (error as { name?: string }).name !== 'AbortError') this.fail(error);
      return;
    }
    if (gen !== this.gen) return;
    this.on.state({ kind: 'running', torch: camera.torch });
    void this.loop(gen);
  }

  get track(): MediaStreamTrack | null {
    return this.camera?.track ?? null;
  }

  /** Stops the camera for good; the session cannot be started again. */
  close(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('pagehide', this.onHide);
    this.release();
    this.gen++;
    if (this.engine) releaseEngine();
    this.engine = null;
  }

  /** A failed engine is let go, so "Try again" starts a fresh one. */
  private dropEngine(): void {
    if (!this.engine) return;
    discardEngine(this.engine);
    releaseEngine();
    this.engine = null;
  }

  private release(): void {
    this.camera?.stop();
    this.camera = null;
    this.video.srcObject = null;
  }

  private fail(error: unknown): void {
    this.release();
    this.gen++;
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.on.state({ kind: 'problem', problem: cameraProblem(error), detail });
  }

  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') this.pause();
    else if (!this.camera && this.paused) void this.start(this.deviceId);
  };

  private readonly onHide = () => this.pause();
  private paused = false;

  private pause(): void {
    if (!this.camera) return;
    this.gen++;
    this.release();
    this.paused = true;
    this.on.state({ kind: 'paused' });
  }

  private grab(plan: FramePlan): ImageData | null {
    const { videoWidth: w, videoHeight: h } = this.video;
    if (this.video.readyState < 2 || !w || !h) return null;
    const r = plan.region === 'band' ? bandOf(w, h) : regionOf(w, h);
    if (this.canvas.width !== r.width) this.canvas.width = r.width;
    if (this.canvas.height !== r.height) this.canvas.height = r.height;
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(this.video, r.x, r.y, r.width, r.height, 0, 0, r.width, r.height);
    return ctx.getImageData(0, 0, r.width, r.height);
  }

  private async loop(gen: number): Promise<void> {
    let engine: DecoderEngine;
    try {
      engine = await this.engine!;
    } catch (error) {
      this.dropEngine();
      if (gen === this.gen) this.fail(error);
      return;
    }
    const confirmer = new ReadConfirmer();
    const cadence = new DecodeCadence(FRAME_MS);
    while (gen === this.gen) {
      const started = performance.now();
      // Only what this step of the screen can use: faster, and fewer misreads.
      const formats = expectedFormats();
      const linear = !formats || formats.some((f) => LINEAR_FORMATS.includes(f));
      const plan = cadence.next(linear);
      const frame = this.grab(plan);
      if (frame) {
        let found: DecodedBarcode[];
        try {
          found = await engine.decode(frame, {
            formats: plan.region === 'band' ? bandFormats(formats) : formats,
            tryHarder: plan.tryHarder,
            transferFrame: true,
          });
          cadence.took(plan, performance.now() - started);
        } catch (error) {
          // A broken engine must be seen, never end the loop silently.
          this.dropEngine();
          if (gen === this.gen) this.fail(error);
          return;
        }
        if (gen !== this.gen) return;
        const at = performance.now();
        const read = confirmer.take(found, at);
        if (read) this.on.read(read, at);
      }
      const interval = confirmer.waiting ? CONFIRM_FRAME_MS : FRAME_MS;
      await sleep(Math.max(0, interval - (performance.now() - started)));
    }
  }
}
