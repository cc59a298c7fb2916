// Test helpers for the supervisor console: raise exceptions through real ops, and listen to the
// console's event stream over HTTP.
import { randomUUID } from 'node:crypto';
import type { HttpClient } from './http-client.ts';
import { SimDevice } from './sim-device.ts';

export const C = '/api/console/warehouses/WH1';

/** Pushes moves of more than the book from an empty location: one move.over_book each. */
export async function raiseOverBook(
  dev: SimDevice,
  n: number,
  from = 'B-01-1',
  sku = 'SKU-10001',
): Promise<string[]> {
  const ops = Array.from({ length: n }, () =>
    dev.move({ sku, from, to: 'A-01-2', qty: 1 + Math.floor(Math.random() * 3) }),
  );
  const res = await dev.push(ops);
  if (res.status !== 200) throw new Error(`push: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.results.flatMap((r) => (r.exceptions ?? []).map((x) => x.id));
}

export interface SseEvent {
  event: string;
  data: Record<string, unknown>;
  at: number;
}

/** An EventSource for Node tests: collects events and waits for one matching a predicate. */
export class SseListener {
  readonly events: SseEvent[] = [];
  private readonly ctrl = new AbortController();
  private waiters: { test: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  readonly ready: Promise<void>;

  constructor(url: string) {
    this.ready = this.run(url);
  }

  private async run(url: string): Promise<void> {
    const res = await fetch(url, { signal: this.ctrl.signal });
    if (!res.ok || !res.body) throw new Error(`events: ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buf += value;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            this.parse(buf.slice(0, i));
            buf = buf.slice(i + 2);
          }
        }
      } catch {
        // closed
      }
    })();
  }

  private parse(block: string): void {
    let event = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data += line.slice(6);
    }
    if (!data) return;
    const e: SseEvent = {
      event,
      data: JSON.parse(data) as Record<string, unknown>,
      at: Date.now(),
    };
    this.events.push(e);
    for (const w of this.waiters.filter((x) => x.test(e))) w.resolve(e);
    this.waiters = this.waiters.filter((x) => !x.test(e));
  }

  next(test: (e: SseEvent) => boolean, timeoutMs = 10_000): Promise<SseEvent> {
    const seen = this.events.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such event')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (e) => {
          clearTimeout(timer);
          resolve(e);
        },
      });
    });
  }

  close(): void {
    this.ctrl.abort();
  }
}

export const newId = (): string => randomUUID();

export type { HttpClient };
