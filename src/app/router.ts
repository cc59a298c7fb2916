// A small history router: screens are chosen by pathname; the service worker serves the shell
// for any deep link, offline too.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
window.addEventListener('popstate', notify);

export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (path === location.pathname + location.search) return;
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  notify();
}

export function back(fallback = '/'): void {
  if (history.length > 1 && history.state !== 'root') history.back();
  else navigate(fallback, { replace: true });
}

export function useRoute(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => location.pathname + location.search,
  );
  const url = new URL(href, location.origin);
  return { path: url.pathname, query: url.searchParams };
}
