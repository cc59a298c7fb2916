// A DecoderEngine whose decoding runs in a dedicated worker: the main thread only posts the frame
// (moved, not copied, when the caller allows it) and matches answers to requests by id.

import type {
  BarcodeFormat,
  DecodedBarcode,
  DecodeOptions,
  DecoderEngine,
  EngineName,
} from './engine.ts';
import type { DecoderTuning, FromWorker, FrameRequest, ToWorker } from './worker-protocol.ts';

interface Pending {
  resolve(results: DecodedBarcode[]): void;
  reject(error: Error): void;
}

export class WorkerEngine implements DecoderEngine {
  /** Settles once the worker has loaded its decoder (for zxing-wasm: fetched and compiled it). */
  readonly ready: Promise<void>;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private broken: Error | undefined;
  private rejectReady: ((error: Error) => void) | undefined;

  constructor(
    readonly name: EngineName,
    readonly formats: readonly BarcodeFormat[],
    private readonly worker: Worker,
    tuning: DecoderTuning = {},
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.rejectReady = reject;
      worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
        if (data.kind === 'ready') resolve();
        else if (data.kind === 'init-failed') this.fail(new Error(data.error));
        else this.settle(data);
      });
      // A worker script that fails to load or throws at top level only reports here.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        this.fail(new Error(`${name} worker error: ${event.message || 'failed to load'}`));
      });
    });
    // Whoever awaits `ready` still sees the rejection; this only keeps an unawaited one quiet.
    this.ready.catch(() => undefined);
    this.post({ kind: 'init', tuning });
  }

  decode(frame: ImageData, opts: DecodeOptions = {}): Promise<DecodedBarcode[]> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const request: FrameRequest = {
      kind: 'decode',
      id,
      width: frame.width,
      height: frame.height,
      pixels: frame.data,
      formats: opts.formats,
      tryHarder: opts.tryHarder ?? false,
    };
    return new Promise<DecodedBarcode[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.post(request, opts.transferFrame ? [frame.data.buffer] : []);
    });
  }

  dispose(): void {
    this.worker.terminate();
    this.fail(new DOMException('Decoder disposed', 'AbortError'));
  }

  private post(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  private settle(data: Extract<FromWorker, { id: number }>): void {
    const pending = this.pending.get(data.id);
    this.pending.delete(data.id);
    if (data.kind === 'decoded') pending?.resolve(data.results);
    else pending?.reject(new Error(data.error));
  }

  private fail(error: Error): void {
    this.broken ??= error;
    this.rejectReady?.(error);
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
