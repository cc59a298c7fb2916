// A DecoderEngine that runs a FrameDecoder on the calling thread. The app uses workers; this
// exists so the benchmark can show what the worker costs, and for hosts without module workers.

import type {
  BarcodeFormat,
  DecodedBarcode,
  DecodeOptions,
  DecoderEngine,
  EngineName,
} from './engine.ts';
import type { DecoderTuning, FrameDecoder } from './worker-protocol.ts';

export class InlineEngine implements DecoderEngine {
  readonly ready: Promise<void>;
  private disposed = false;

  constructor(
    readonly name: EngineName,
    readonly formats: readonly BarcodeFormat[],
    private readonly decoder: FrameDecoder,
    tuning: DecoderTuning = {},
  ) {
    this.ready = decoder.init(tuning);
  }

  async decode(frame: ImageData, opts: DecodeOptions = {}): Promise<DecodedBarcode[]> {
    if (this.disposed) throw new DOMException('Decoder disposed', 'AbortError');
    await this.ready;
    return this.decoder.decode(frame, opts.formats, opts.tryHarder ?? false);
  }

  dispose(): void {
    this.disposed = true;
  }
}
