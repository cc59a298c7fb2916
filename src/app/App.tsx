// The app: signed out → sign in; first start → load the warehouse; then the screen for the path.
import { lazy, Suspense, useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Flash } from '../components/Flash.tsx';
import { getSync } from '../db/meta.ts';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { SignInScreen } from '../features/signin/SignInScreen.tsx';
import { AccessEnded } from '../features/admin/AccessEnded.tsx';
import { ChangePasswordScreen } from '../features/admin/ChangePasswordScreen.tsx';
import { SignedOut } from '../features/admin/SignedOut.tsx';
import {
  CountingRoute,
  LookupScreen,
  MoveScreen,
  PickingRoute,
  PackScreen,
  PutawayScreen,
  ReceivingRoute,
  ScannerTestScreen,
  SettingsScreen,
  SyncStatusScreen,
  preloadLikelyScreens,
} from './lazy-screens.ts';
import { ScreenSkeleton } from './ScreenSkeleton.tsx';
import { FirstSyncScreen } from './FirstSyncScreen.tsx';
import { navigate, useRoute } from './router.ts';
import { useSession } from './session.ts';
import { useT } from './use-t.ts';
import { useWarmForRoles } from '../pwa/warm.ts';

// The supervisor console is its own chunk: floor devices never download it.
const ConsoleScreen = lazy(() => import('../features/console/ConsoleScreen.tsx'));
const AdminScreen = lazy(() => import('../features/admin/AdminScreen.tsx'));

export function App() {
  return (
    <>
      {/* Task screens load on first use (lazy-screens.ts); the wait shows a skeleton. */}
      <Suspense fallback={<ScreenSkeleton />}>
        <Screen />
      </Suspense>
      <Flash />
      <AccessEnded />
    </>
  );
}

function Screen() {
  const t = useT();
  const session = useSession();
  const sync = useLiveQuery(getSync, []);
  const { path } = useRoute();
  useWarmForRoles(session?.user.roles);
  const signedInRoles = session ? session.user.roles.join(',') : '';
  useEffect(() => {
    if (signedInRoles) preloadLikelyScreens(signedInRoles.split(','));
  }, [signedInRoles]);
  if (session === undefined || sync === undefined)
    return <div className="content center muted">{t('app.loading')}</div>;
  if (!session) return <SignedOut />;
  if (path === '/signin') return <SignInScreen username={session.user.username} />;
  // An administrator set this password: the server allows nothing else until it is changed.
  if (session.user.mustChangePassword) return <ChangePasswordScreen session={session} />;
  if (sync.warehouseId !== session.warehouseId || sync.baseVersion === 0)
    return <FirstSyncScreen sync={sync} />;
  switch (path) {
    case '/move':
      return <MoveScreen />;
    case '/receive':
      return <ReceivingRoute />;
    case '/putaway':
      return <PutawayScreen />;
    case '/pick':
      return <PickingRoute />;
    case '/count':
      return <CountingRoute session={session} />;
    case '/lookup':
      return <LookupScreen />;
    case '/sync':
      return <SyncStatusScreen />;
    case '/console':
      return (
        <Suspense fallback={<ScreenSkeleton />}>
          <ConsoleScreen session={session} />
        </Suspense>
      );
    case '/admin':
      return (
        <Suspense fallback={<div className="content center muted">{t('app.loading')}</div>}>
          <AdminScreen session={session} />
        </Suspense>
      );
    case '/settings':
      return <SettingsScreen session={session} />;
    case '/scanner-test':
      return <ScannerTestScreen />;
    case '/pack':
      return <PackScreen />;
    case '/':
      return <HomeScreen session={session} />;
    default:
      navigate('/', { replace: true });
      return null;
  }
}
