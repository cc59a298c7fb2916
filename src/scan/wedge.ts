// Keyboard-wedge capture: hardware scanners type a burst (5-60 ms between characters) ending
// with Enter or Tab; people type at 100-200 ms. Listens at the document level, so no field
// needs focus; a burst that lands in an ordinary field is taken back out of it.
import { emitScan } from './scanner.ts';

export const GS = '\u001d';

export interface WedgeOptions {
  /** Longest gap between two characters of one scan. */
  maxGapMs: number;
  /** Shortest text taken as a scan. */
  minLength: number;
  /** A character the scanner sends in place of GS (FNC1), '' for none. */
  gsSubstitute: () => string;
}

const defaults: WedgeOptions = { maxGapMs: 60, minLength: 3, gsSubstitute: () => '' };

/** Maps the common ways scanners send GS to the GS character; other control keys to null. */
export function keyToChar(e: KeyboardEvent): string | null {
  if (e.key === GS || e.key === 'GroupSeparator') return GS;
  if (e.key === 'F8') return GS; // Honeywell
  if (e.ctrlKey && (e.key === ']' || e.code === 'BracketRight')) return GS;
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  return e.key.length === 1 ? e.key : null;
}

const isEditable = (t: EventTarget | null): t is HTMLInputElement | HTMLTextAreaElement =>
  t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement;

export function installWedge(opts: Partial<WedgeOptions> = {}): () => void {
  const o = { ...defaults, ...opts };
  let buffer = '';
  let lastAt = 0;
  let field: { el: HTMLInputElement | HTMLTextAreaElement; before: string } | null = null;

  const onKeyDown = (e: KeyboardEvent) => {
    // The event's own time, not the handler's: on a busy device the handler may run late.
    const now = e.timeStamp || performance.now();
    const burst = now - lastAt <= o.maxGapMs;
    if (e.key === 'Enter' || e.key === 'Tab') {
      if (burst && buffer.length >= o.minLength) {
        e.preventDefault();
        e.stopImmediatePropagation();
        if (field && field.el.dataset['scanInput'] === undefined) field.el.value = field.before;
        if (field?.el.dataset['scanInput'] !== undefined) field.el.value = '';
        const sub = o.gsSubstitute();
        const text = sub ? buffer.split(sub).join(GS) : buffer;
        buffer = '';
        field = null;
        emitScan({ text, source: 'wedge', at: now });
      } else {
        buffer = '';
      }
      return;
    }
    const ch = keyToChar(e);
    if (ch === null) return;
    if (!burst) {
      buffer = '';
      field = isEditable(e.target) ? { el: e.target, before: e.target.value } : null;
    }
    buffer += ch;
    lastAt = now;
    // GS would type nothing useful into a field; outside fields no character is wanted.
    if (ch === GS || !isEditable(e.target)) e.preventDefault();
  };

  document.addEventListener('keydown', onKeyDown, true);
  return () => document.removeEventListener('keydown', onKeyDown, true);
}
