// Task screens load on first use (React.lazy), so the app shell a device downloads and parses at
// start stays small: sign-in, home, the wedge and the sync loop are eager; each screen, barcode
// interpretation and its GS1 table, and the op schemas come with the first screen that needs them.
// A cold start on a task screen's address asks for that screen's chunk at once, beside the
// start-up work (preloadScreen), not after it; once home shows, the screens of the user's
// roles are fetched while the device is idle (preloadLikelyScreens), so the next tap is quick.
import { lazy } from 'react';
import { countingRoles, hasAnyRole, pickingRoles, receivingRoles } from '#core/roles.ts';
// Receipts resolve from any screen's scan: their lookup registers at start (it is tiny).
import '../features/receiving/receipt-lookup.ts';

const loaders = {
  '/move': () => import('../features/moving/MoveScreen.tsx'),
  '/receive': () => import('../features/receiving/ReceivingRoute.tsx'),
  '/putaway': () => import('../features/putaway/PutawayScreen.tsx'),
  '/lookup': () => import('../features/lookup/LookupScreen.tsx'),
  '/sync': () => import('../features/sync-status/SyncStatusScreen.tsx'),
  '/settings': () => import('../features/settings/SettingsScreen.tsx'),
  '/count': () => import('../features/counting/CountingRoute.tsx'),
  '/scanner-test': () => import('../features/scanner-test/ScannerTestScreen.tsx'),
  '/pick': () => import('../features/picking/PickingRoute.tsx'),
};
type ScreenPath = keyof typeof loaders;

/** Starts loading the chunk of the screen at this address, if it is a lazy one. */
export function preloadScreen(path: string): void {
  if (path in loaders) void loaders[path as ScreenPath]().catch(() => undefined);
}

/** The floor screens this user's roles use, loaded one after another while the device idles. */
export function preloadLikelyScreens(roles: readonly string[]): void {
  const paths: ScreenPath[] = ['/move', '/putaway', '/lookup'];
  if (hasAnyRole(roles, pickingRoles)) paths.unshift('/pick');
  if (hasAnyRole(roles, receivingRoles)) paths.unshift('/receive');
  if (hasAnyRole(roles, countingRoles)) paths.unshift('/count');
  const idle = (fn: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(fn) : setTimeout(fn, 200);
  const next = () => {
    const path = paths.shift();
    if (path) idle(() => void loaders[path]().then(next, next));
  };
  next();
}

export const MoveScreen = lazy(() => loaders['/move']().then((m) => ({ default: m.MoveScreen })));
export const ReceivingRoute = lazy(() =>
  loaders['/receive']().then((m) => ({ default: m.ReceivingRoute })),
);
export const PutawayScreen = lazy(() =>
  loaders['/putaway']().then((m) => ({ default: m.PutawayScreen })),
);
export const LookupScreen = lazy(() =>
  loaders['/lookup']().then((m) => ({ default: m.LookupScreen })),
);
export const SyncStatusScreen = lazy(() =>
  loaders['/sync']().then((m) => ({ default: m.SyncStatusScreen })),
);
export const SettingsScreen = lazy(() =>
  loaders['/settings']().then((m) => ({ default: m.SettingsScreen })),
);
export const CountingRoute = lazy(() =>
  loaders['/count']().then((m) => ({ default: m.CountingRoute })),
);
export const ScannerTestScreen = lazy(() =>
  loaders['/scanner-test']().then((m) => ({ default: m.ScannerTestScreen })),
);
export const PickingRoute = lazy(() =>
  loaders['/pick']().then((m) => ({ default: m.PickingRoute })),
);
export const PackScreen = lazy(() =>
  import('../features/packing/PackScreen.tsx').then((m) => ({ default: m.PackScreen })),
);
