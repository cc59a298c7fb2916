// The worker side of the decoder protocol: initialise one FrameDecoder, then answer frames in
// order. Every failure becomes a message, so the engine on the main thread never waits forever.

import type { FromWorker, FrameDecoder, ToWorker } from './worker-protocol.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker): void;
}

const errorText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

export function serveDecoder(decoder: FrameDecoder): void {
  // src/ is type-checked with DOM libs, where `self` is a Window; inside a worker it is not.
  const scope = globalThis as unknown as WorkerScope;
  let ready: Promise<void> | undefined;

  scope.addEventListener('message', ({ data: message }) => {
    if (message.kind === 'init') {
      ready = decoder.init(message.tuning);
      ready.then(
        () => scope.postMessage({ kind: 'ready' }),
        (error: unknown) => scope.postMessage({ kind: 'init-failed', error: errorText(error) }),
      );
      return;
    }
    const { id, width, height, pixels, formats, tryHarder } = message;
    (ready ?? Promise.reject(new Error('decode before init')))
      .then(() => decoder.decode(new ImageData(pixels, width, height), formats, tryHarder))
      .then(
        (results) => scope.postMessage({ kind: 'decoded', id, results }),
        (error: unknown) => scope.postMessage({ kind: 'failed', id, error: errorText(error) }),
      );
  });
}
