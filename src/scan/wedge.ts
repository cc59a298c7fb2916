// Keyboard-wedge capture: hardware scanners type a burst ending with Enter or Tab; people type
// slower. Listens at the document level, so no field needs focus; a burst that lands in a field
// is taken back out of it. Android Chrome reports scanner keys as keyCode 229 ("Unidentified")
// and delivers the text through the input method: `beforeinput` is read for those.
import { emitScan, type WedgeDetails } from './scanner.ts';
import {
  DEFAULT_TIMING,
  WedgeMachine,
  type CharSource,
  type WedgeBurst,
  type WedgeTiming,
} from './wedge/wedge-machine.ts';
import { GS, normalizeWedgeText } from './wedge/wedge-text.ts';

export { GS };

export interface WedgeOptions extends WedgeTiming {
  /** A character the scanner sends in place of GS (FNC1), '' for none. */
  gsSubstitute: () => string;
}

/** Maps the common GS keys to GS (`key` true); other control keys to null. */
export function keyToChar(e: KeyboardEvent): { ch: string; key: boolean } | null {
  if (e.key === GS) return { ch: GS, key: false };
  if (e.key === 'GroupSeparator' || e.key === 'F8') return { ch: GS, key: true }; // Honeywell F8
  if (e.ctrlKey && (e.key === ']' || e.code === 'BracketRight')) return { ch: GS, key: true };
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  return e.key.length === 1 ? { ch: e.key, key: false } : null;
}

/** Keys whose text comes later through the input method (Android Chrome, DataWedge's IME). */
const imeKey = (e: KeyboardEvent) =>
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- 229 is how Android reports it
  e.keyCode === 229 || e.key === 'Unidentified' || e.key === 'Process';

type Field = HTMLInputElement | HTMLTextAreaElement;
const isEditable = (t: EventTarget | null): t is Field =>
  t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement;

/** Sets a field's value the way typing would, so React's state follows. */
function restore(el: Field, value: string): void {
  if (el.value === value) return;
  const proto = el instanceof HTMLInputElement ? HTMLInputElement : HTMLTextAreaElement;
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

export function installWedge(opts: Partial<WedgeOptions> = {}): () => void {
  const timing: WedgeTiming = {
    maxGapMs: opts.maxGapMs ?? DEFAULT_TIMING.maxGapMs,
    minLength: opts.minLength ?? DEFAULT_TIMING.minLength,
  };
  const gsSubstitute = opts.gsSubstitute ?? (() => '');
  const machine = new WedgeMachine(timing);
  let field: { el: Field; before: string } | null = null;
  let keyGs = false;
  // A character counted at keydown that the browser will also insert: its beforeinput follows
  // within the same key event, before the next keydown, and is skipped.
  let echo: string | null = null;

  const finish = (burst: WedgeBurst, via: WedgeDetails['via']) => {
    if (field) restore(field.el, field.before);
    const n = normalizeWedgeText(burst.raw, gsSubstitute(), keyGs);
    const wedge: WedgeDetails = { ...burst, gs: n.gs, via };
    field = null;
    keyGs = false;
    emitScan({
      text: n.text,
      ...(n.symbology ? { symbology: n.symbology } : {}),
      source: 'wedge',
      at: burst.endedAt,
      wedge,
    });
  };

  /** Buffers a character; true when it starts a new burst. */
  const addChar = (ch: string, at: number, target: EventTarget | null, via: CharSource) => {
    const step = machine.feed({ kind: 'char', ch, at, via });
    const fresh = step.kind === 'char' && step.fresh;
    if (fresh) {
      keyGs = false;
      field = isEditable(target) ? { el: target, before: target.value } : null;
    }
    return fresh;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // The event's own time, not the handler's: on a busy device the handler may run late.
    const at = e.timeStamp || performance.now();
    echo = null;
    if (e.key === 'Enter' || e.key === 'Tab') {
      const step = machine.feed({ kind: 'suffix', key: e.key, at });
      if (step.kind === 'scan') {
        e.preventDefault();
        e.stopImmediatePropagation();
        finish(step.burst, 'keys');
      }
      return;
    }
    if (imeKey(e)) return;
    const read = keyToChar(e);
    if (read === null) return;
    const fresh = addChar(read.ch, at, e.target, 'key');
    if (read.key) keyGs = true;
    // GS would type nothing useful into a field. Outside fields a key that starts a burst keeps
    // its meaning (Space presses a focused button, scrolls the page); the rest of a burst is the
    // scanner's and must not press or scroll anything.
    if (read.ch === GS || (!isEditable(e.target) && !fresh)) e.preventDefault();
    else echo = read.ch;
  };

  const onBeforeInput = (e: InputEvent) => {
    const at = e.timeStamp || performance.now();
    if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') {
      const step = machine.feed({ kind: 'suffix', key: 'Enter', at });
      if (step.kind === 'scan') {
        e.preventDefault();
        finish(step.burst, 'input');
      }
      return;
    }
    if (e.inputType !== 'insertText' || !e.data) return;
    if (echo !== null && e.data === echo) {
      echo = null;
      return;
    }
    echo = null;
    // An input method may commit the whole barcode, suffix included, in one go.
    for (const ch of e.data) {
      if (ch === '\n' || ch === '\r' || ch === '\t') {
        const step = machine.feed({ kind: 'suffix', key: ch === '\t' ? 'Tab' : 'Enter', at });
        if (step.kind === 'scan') {
          e.preventDefault();
          finish(step.burst, 'input');
        }
      } else addChar(ch, at, e.target, 'input');
    }
  };

  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener('beforeinput', onBeforeInput, true);
  return () => {
    document.removeEventListener('keydown', onKeyDown, true);
    document.removeEventListener('beforeinput', onBeforeInput, true);
  };
}
