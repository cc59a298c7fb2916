// What the UI told the worker it had recorded, as the page showed it: every success or warning
// notice (and the success flash a submitted count leaves as its screen closes) is reported from
// the page to the test process the moment it is drawn, so the list survives a SIGKILL of the
// browser (docs/reliability.md, I1). Tests build I1's "acknowledged" list from this, never
// from the device's own outbox: moves, receives, picks and counts.
import type { BrowserContext } from 'playwright-core';

export interface UiAck {
  kind: 'ok' | 'warn';
  text: string;
  /** The notice line under the scan, or the colour flash. */
  source?: 'notice' | 'flash';
  /** Test-process time the notice reached the test (for ordering only). */
  at: number;
}

/** Starts recording the notices of every page of this context (call before navigating). */
export async function recordAcks(context: BrowserContext, into: UiAck[]): Promise<void> {
  await context.exposeBinding(
    '__floorsyncAck',
    (_src, a: { kind: 'ok' | 'warn'; text: string; source: 'notice' | 'flash' }) => {
      into.push({ ...a, at: Date.now() });
    },
  );
  await context.addInitScript(() => {
    let last = '';
    let lastFlash: Element | null = null;
    const send = (a: unknown) =>
      (window as unknown as { __floorsyncAck?: (a: unknown) => Promise<void> }).__floorsyncAck?.(a);
    const look = () => {
      const el = document.querySelector('[data-testid=notice]');
      const kind = el?.classList.contains('ok')
        ? 'ok'
        : el?.classList.contains('warn')
          ? 'warn'
          : '';
      const now = el && kind ? `${kind}\u0000${el.textContent ?? ''}` : '';
      if (now !== last) {
        last = now;
        if (now) void send({ kind, text: el!.textContent ?? '', source: 'notice' });
      }
      // Each flash is a new element (keyed per scan): report each success or warning once.
      const flash = document.querySelector('[data-testid=flash]');
      if (flash && flash !== lastFlash) {
        lastFlash = flash;
        const k = flash.getAttribute('data-kind');
        if (k === 'success' || k === 'warning')
          void send({
            kind: k === 'success' ? 'ok' : 'warn',
            text: flash.textContent ?? '',
            source: 'flash',
          });
      }
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
const RECEIVED = /^(Received|Damaged|Scrapped) (\d+) × (\S+)/;
const PICKED = /^(\d+) × (\S+) picked/;
const COUNTED = /^(\S+) counted$/;
const fromNotices = (acks: readonly UiAck[]) => acks.filter((a) => a.source !== 'flash');

/** The moves among the notices ("Moved 2 × SKU-10001 to C-06-2", also with an over-book note). */
export function ackedMoves(acks: readonly UiAck[]): AckedOp[] {
  const out: AckedOp[] = [];
  for (const a of fromNotices(acks)) {
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

/** Receives ("Received 2 × SKU-10001", "Damaged 1 × SKU-10002 → QUAR-1", "Scrapped …"). */
export function ackedReceives(acks: readonly UiAck[]): AckedOp[] {
  const condition = { Received: 'good', Damaged: 'damaged', Scrapped: 'scrap' } as const;
  return fromNotices(acks).flatMap((a) => {
    const m = RECEIVED.exec(a.text);
    return m
      ? [
          {
            type: 'receive.item',
            match: {
              qty: Number(m[2]),
              sku: m[3],
              condition: condition[m[1] as keyof typeof condition],
            },
            said: a.text,
          },
        ]
      : [];
  });
}

/** Pick scans ("1 × SKU-10001 picked"). */
export function ackedPicks(acks: readonly UiAck[]): AckedOp[] {
  return fromNotices(acks).flatMap((a) => {
    const m = PICKED.exec(a.text);
    return m ? [{ type: 'pick.line', match: { qty: Number(m[1]), sku: m[2] }, said: a.text }] : [];
  });
}

/** Submitted counts: the flash "A-01-1 counted" as the count screen closes. */
export function ackedCounts(acks: readonly UiAck[]): AckedOp[] {
  return acks.flatMap((a) => {
    const m = a.source === 'flash' && a.kind === 'ok' ? COUNTED.exec(a.text) : null;
    return m ? [{ type: 'count.location', match: { location: m[1] }, said: a.text }] : [];
  });
}
