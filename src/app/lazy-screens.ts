// Task screens load on first use (React.lazy), so the app shell a device downloads and parses at
// start stays small: sign-in, home, the wedge and the sync loop are eager; each screen, barcode
// interpretation and its GS1 table, and the op schemas come with the first screen that needs them.
import { lazy } from 'react';
// Receipts resolve from any screen's scan: their lookup registers at start (it is tiny).
import '../features/receiving/receipt-lookup.ts';

export const MoveScreen = lazy(() =>
  import('../features/moving/MoveScreen.tsx').then((m) => ({ default: m.MoveScreen })),
);
export const ReceivingRoute = lazy(() =>
  import('../features/receiving/ReceivingRoute.tsx').then((m) => ({ default: m.ReceivingRoute })),
);
export const PutawayScreen = lazy(() =>
  import('../features/putaway/PutawayScreen.tsx').then((m) => ({ default: m.PutawayScreen })),
);
export const LookupScreen = lazy(() =>
  import('../features/lookup/LookupScreen.tsx').then((m) => ({ default: m.LookupScreen })),
);
export const SyncStatusScreen = lazy(() =>
  import('../features/sync-status/SyncStatusScreen.tsx').then((m) => ({
    default: m.SyncStatusScreen,
  })),
);
export const SettingsScreen = lazy(() =>
  import('../features/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })),
);
export const CountingRoute = lazy(() =>
  import('../features/counting/CountingRoute.tsx').then((m) => ({ default: m.CountingRoute })),
);
export const ScannerTestScreen = lazy(() =>
  import('../features/scanner-test/ScannerTestScreen.tsx').then((m) => ({
    default: m.ScannerTestScreen,
  })),
);
export const PickingRoute = lazy(() =>
  import('../features/picking/PickingRoute.tsx').then((m) => ({ default: m.PickingRoute })),
);
export const PackScreen = lazy(() =>
  import('../features/packing/PackScreen.tsx').then((m) => ({ default: m.PackScreen })),
);
