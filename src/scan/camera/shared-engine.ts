// The decoder engine outlives one camera session for a minute: reopening the camera for the next
// label then skips starting the worker and compiling the wasm. An idle worker costs no CPU.
import { createEngine } from '../engines/create-engine.ts';
import type { DecoderEngine } from '../engines/engine.ts';

const KEEP_MS = 60_000;
let engine: Promise<DecoderEngine> | null = null;
let users = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export function acquireEngine(): Promise<DecoderEngine> {
  users++;
  clearTimeout(timer);
  // A failed start is not kept: the next open tries again.
  engine ??= createEngine().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

export function releaseEngine(): void {
  users = Math.max(0, users - 1);
  if (users > 0) return;
  clearTimeout(timer);
  timer = setTimeout(() => {
    const old = engine;
    engine = null;
    void old?.then((e) => e.dispose()).catch(() => undefined);
  }, KEEP_MS);
}

/** The engine failed: never hand it out again. */
export function discardEngine(broken: Promise<DecoderEngine>): void {
  if (engine === broken) engine = null;
  void broken.then((e) => e.dispose()).catch(() => undefined);
}
