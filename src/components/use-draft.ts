// What a field shows while the worker types, kept in the component so every key lands at once.
// Screens that save each change to IndexedDB get their value back a moment later; a field bound
// straight to that value snaps back between keys, and a scanner burst then leaves its last
// character behind. Here the field keeps its own text: a value coming back that the field sent
// itself is an echo and ignored, any other value (a scan, a stepper press, a reset) replaces it.
import { useState } from 'react';

export interface Draft<T> {
  text: string;
  /** The worker typed `next`; `parsed` is the value it stands for, or undefined to hold it back. */
  type: (next: string, parsed: T | undefined) => void;
  /** Shows the value from outside again, e.g. on blur after a half-typed text. */
  reset: () => void;
}

interface State<T> {
  text: string;
  /** The value from outside at the last render. */
  seen: T;
  /** Values sent and not yet seen coming back, oldest first. */
  pending: readonly T[];
}

/** The state once `value` arrives from outside. */
export function onValue<T>(s: State<T>, value: T, format: (v: T) => string): State<T> {
  if (Object.is(s.seen, value)) return s;
  const shown = format(value);
  // The field already shows it: nothing sent is outstanding any more.
  if (shown === s.text) return { text: s.text, seen: value, pending: [] };
  const echo = s.pending.findIndex((p) => Object.is(p, value));
  if (echo >= 0) return { text: s.text, seen: value, pending: s.pending.slice(echo + 1) };
  return { text: shown, seen: value, pending: [] };
}

export function useDraft<T>(
  value: T,
  format: (v: T) => string,
  onChange: (v: T) => void,
): Draft<T> {
  const [state, setState] = useState<State<T>>(() => ({
    text: format(value),
    seen: value,
    pending: [],
  }));
  // Adjusting state to a new value during render, as React recommends over an effect.
  const current = onValue(state, value, format);
  if (current !== state) setState(current);
  return {
    text: current.text,
    type(next, parsed) {
      const last = current.pending.at(-1) ?? value;
      const send = parsed !== undefined && !Object.is(parsed, last);
      setState({
        text: next,
        seen: current.seen,
        pending: send ? [...current.pending, parsed] : current.pending,
      });
      if (send) onChange(parsed);
    },
    reset() {
      setState({ text: format(value), seen: value, pending: [] });
    },
  };
}
