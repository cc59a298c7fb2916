// Registers the service worker through workbox-window. A new version waits until the worker
// taps "Update now": the app never reloads under someone in the middle of a task.
import { Workbox } from 'workbox-window';

type Listener = (waiting: boolean) => void;
let wb: Workbox | null = null;
let waiting = false;
const listeners = new Set<Listener>();

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    waiting = true;
    for (const l of listeners) l(true);
  });
  void wb.register();
  // Look for a new version now and then, and whenever the app comes back to the foreground.
  setInterval(() => void wb?.update(), 30 * 60_000);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb?.update();
  });
}

export function onUpdateWaiting(fn: Listener): () => void {
  listeners.add(fn);
  fn(waiting);
  return () => listeners.delete(fn);
}

export function applyUpdate(): void {
  if (!wb) return;
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}
