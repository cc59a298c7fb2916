// A hardware scanner typing, as real browser key events (CDP Input.dispatchKeyEvent) whose
// timestamps say `gapMs` apart: the wedge judges bursts by the events' own time, so a busy test
// machine that delivers them late cannot turn a scan into typing, or typing into a scan.
import type { Page } from 'playwright-core';

/** Text typed as keys, a named key (F8, Enter, Tab), Ctrl+], or one control character. */
export type KeyPart = string | { key: 'F8' | 'Enter' | 'Tab' | 'Ctrl+]' } | { control: string };

const NAMED = {
  F8: { key: 'F8', code: 'F8', windowsVirtualKeyCode: 119 },
  Enter: { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' },
  Tab: { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 },
  'Ctrl+]': { key: ']', code: 'BracketRight', windowsVirtualKeyCode: 221, modifiers: 2 },
} as const;

function keyOf(ch: string) {
  const upper = ch.toUpperCase();
  const vk = /^[A-Z0-9]$/.test(upper) ? upper.charCodeAt(0) : 0;
  return { key: ch, text: ch, unmodifiedText: ch, ...(vk ? { windowsVirtualKeyCode: vk } : {}) };
}

/** Sends `parts` then Enter (unless `suffix` is null), one key every `gapMs` by the clock of the events. */
export async function scannerKeys(
  page: Page,
  parts: KeyPart[],
  opts: { gapMs?: number; suffix?: 'Enter' | 'Tab' | null } = {},
): Promise<void> {
  const gap = (opts.gapMs ?? 5) / 1000;
  const keys: Record<string, unknown>[] = [];
  for (const part of parts) {
    if (typeof part === 'string') keys.push(...Array.from(part, keyOf));
    else if ('key' in part) keys.push(NAMED[part.key]);
    else keys.push({ key: part.control, text: part.control });
  }
  const suffix = opts.suffix === undefined ? 'Enter' : opts.suffix;
  if (suffix) keys.push(NAMED[suffix]);
  const cdp = await page.context().newCDPSession(page);
  try {
    let at = Date.now() / 1000;
    for (const k of keys) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', timestamp: at, ...k });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        timestamp: at,
        ...k,
        text: undefined,
      });
      at += gap;
    }
  } finally {
    await cdp.detach();
  }
}
