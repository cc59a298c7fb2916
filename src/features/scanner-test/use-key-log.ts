// Listens to every key and input-method text the page receives (before the wedge takes them),
// for the self-test's list of what arrived and when. The list re-renders at most every 100 ms:
// drawing it on each key would slow the page exactly while a scanner types.
import { useEffect, useRef, useState } from 'react';
import { describeKey, visibleChar, type KeySeen } from './visible.ts';

const LIMIT = 200;
const DRAW_MS = 100;
/** Keys that stop for this long without making a scan get advice. */
const SETTLE_MS = 400;

export interface KeyLog {
  keys: KeySeen[];
  /** Keys since the last scan (they made none yet). */
  unscanned: KeySeen[];
  settled: boolean;
  /** A scan took the keys so far. */
  markScan: () => void;
  clear: () => void;
}

export function useKeyLog(): KeyLog {
  const buf = useRef<{ keys: KeySeen[]; since: number }>({ keys: [], since: 0 });
  const [view, setView] = useState<{ keys: KeySeen[]; since: number }>({ keys: [], since: 0 });
  const [settled, setSettled] = useState(true);
  const draw = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const show = () => {
    draw.current = undefined;
    setView({ keys: [...buf.current.keys], since: buf.current.since });
  };

  useEffect(() => {
    let last: number | null = null;
    let settle: ReturnType<typeof setTimeout> | undefined;
    const push = (seen: Omit<KeySeen, 'at' | 'gap'>, at: number) => {
      const gap = last === null ? null : Math.round(at - last);
      last = at;
      const b = buf.current;
      b.keys = [...b.keys.slice(-LIMIT + 1), { ...seen, at, gap }];
      b.since++;
      draw.current ??= setTimeout(show, DRAW_MS);
      setSettled(false);
      clearTimeout(settle);
      settle = setTimeout(() => setSettled(true), SETTLE_MS);
    };
    // Window, capture phase: before the wedge's document listener can stop the event.
    const onKey = (e: KeyboardEvent) => {
      const seen = describeKey(e);
      if (seen) push(seen, e.timeStamp);
    };
    const onInput = (e: InputEvent) => {
      if (e.inputType === 'insertText' && e.data)
        for (const ch of e.data) push({ label: visibleChar(ch), kind: 'input' }, e.timeStamp);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeinput', onInput, true);
    return () => {
      clearTimeout(settle);
      clearTimeout(draw.current);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeinput', onInput, true);
    };
  }, []);

  return {
    keys: view.keys,
    unscanned: view.since ? view.keys.slice(-view.since) : [],
    settled,
    markScan: () => {
      buf.current.since = 0;
      draw.current ??= setTimeout(show, DRAW_MS);
    },
    clear: () => {
      buf.current = { keys: [], since: 0 };
      show();
    },
  };
}
