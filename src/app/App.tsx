// The app: signed out → sign in; first start → load the warehouse; then the screen for the path.
import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Flash } from '../components/Flash.tsx';
import { getSync } from '../db/meta.ts';
import { HomeScreen } from '../features/home/HomeScreen.tsx';
import { SignInScreen } from '../features/signin/SignInScreen.tsx';
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
} from './lazy-screens.ts';
import { FirstSyncScreen } from './FirstSyncScreen.tsx';
import { navigate, useRoute } from './router.ts';
import { useSession } from './session.ts';
import { useT } from './use-t.ts';

// The supervisor console is its own chunk: floor devices never download it.
const ConsoleScreen = lazy(() => import('../features/console/ConsoleScreen.tsx'));

export function App() {
  return (
    <>
      {/* Task screens load on first use (lazy-screens.ts); the wait is a blank moment. */}
      <Suspense fallback={<div className="content center muted" />}>
        <Screen />
      </Suspense>
      <Flash />
    </>
  );
}

function Screen() {
  const t = useT();
  const session = useSession();
  const sync = useLiveQuery(getSync, []);
  const { path } = useRoute();
  if (session === undefined || sync === undefined)
    return <div className="content center muted">{t('app.loading')}</div>;
  if (!session) return <SignInScreen />;
  if (path === '/signin') return <SignInScreen username={session.user.username} />;
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
        <Suspense fallback={<div className="content center muted">{t('app.loading')}</div>}>
          <ConsoleScreen session={session} />
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
