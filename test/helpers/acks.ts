// What the UI told the worker it had recorded, as the page showed it: every success or warning
// notice is reported from the page to the test process the moment it is drawn, so the list
// survives a SIGKILL of the browser (docs/reliability.md, I1). Tests build I1's "acknowledged"
// list from this, never from the device's own outbox.
import type { BrowserContext } from 'playwright-core';

export interface UiAck {
  kind: 'ok' | 'warn';
  text: string;
  /** Test-process time the notice reached the test (for ordering only). */
  at: number;
}

/** Starts recording the notices of every page of this context (call before navigating). */
export async function recordAcks(context: BrowserContext, into: UiAck[]): Promise<void> {
  await context.exposeBinding(
    '__floorsyncAck',
    (_src, a: { kind: 'ok' | 'warn'; text: string }) => {
      into.push({ ...a, at: Date.now() });
    },
  );
  await context.addInitScript(() => {
    let last = '';
    const look = () => {
      const el = document.querySelector('[data-testid=notice]');
      const kind = el?.classList.contains('ok')
        ? 'ok'
        : el?.classList.contains('warn')
          ? 'warn'
          : '';
      const now = el && kind ? `${kind}\u0000${el.textContent ?? ''}` : '';
      if (now === last) return;
      last = now;
      const send = (window as unknown as { __floorsyncAck?: (a: unknown) => Promise<void> })
        .__floorsyncAck;
      if (now && send) void send({ kind, text: el!.textContent ?? '' });
    };
    new MutationObserver(look).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class'],
    });
  });
}

/** An op the UI acknowledged, as I1 matches it: its type and the payload fields it showed. */
export interface AckedOp {
  type: string;
  match: Record<string, unknown>;
  /** The words on screen, for messages. */
  said: string;
}

const MOVED = /^Moved (\d+) × (\S+) to (\S+?)(?:\.|$)/;

/** The moves among the notices ("Moved 2 × SKU-10001 to C-06-2", also with an over-book note). */
export function ackedMoves(acks: readonly UiAck[]): AckedOp[] {
  const out: AckedOp[] = [];
  for (const a of acks) {
    const m = MOVED.exec(a.text);
    if (m)
      out.push({
        type: 'stock.move',
        match: { qty: Number(m[1]), sku: m[2], to: m[3] },
        said: a.text,
      });
  }
  return out;
}
