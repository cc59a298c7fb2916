// State mirrored in a ref: the screen renders the state, queued scan handlers read the ref, so a
// scan handled after another sees what the one before it set.
import { useCallback, useRef, useState } from 'react';

export function useLatest<V>(initial: V): [V, (v: V) => void, { readonly current: V }] {
  const [value, setView] = useState(initial);
  const ref = useRef(value);
  const set = useCallback((v: V) => {
    ref.current = v;
    setView(v);
  }, []);
  return [value, set, ref];
}
