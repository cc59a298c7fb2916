// Listens to every key and input-method text the page receives (before the wedge takes them),
// for the self-test's list of what arrived and when.
import { useEffect, useState } from 'react';
import { describeKey, visibleChar, type KeySeen } from './visible.ts';

const LIMIT = 200;

/** The keys so far, whether they have stopped coming (for 400 ms), and a way to clear them. */
export function useKeyLog(): { keys: KeySeen[]; settled: boolean; clear: () => void } {
  const [keys, setKeys] = useState<KeySeen[]>([]);
  const [settled, setSettled] = useState(true);
  useEffect(() => {
    let last: number | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const push = (seen: Omit<KeySeen, 'at' | 'gap'>, at: number) => {
      const gap = last === null ? null : Math.round(at - last);
      last = at;
      setKeys((ks) => [...ks.slice(-LIMIT + 1), { ...seen, at, gap }]);
      setSettled(false);
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(true), 400);
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
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeinput', onInput, true);
    };
  }, []);
  return { keys, settled, clear: () => setKeys([]) };
}
