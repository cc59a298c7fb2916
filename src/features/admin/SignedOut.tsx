// What a signed-out device shows: the sign-in, or, on a new site that has no administrator yet,
// the one-time set-up (asked of the server; offline, sign-in is shown as before).
import { lazy, useEffect, useState } from 'react';
import { useRoute } from '../../app/router.ts';
import { SignInScreen } from '../signin/SignInScreen.tsx';
import { setupNeeded } from './admin-api.ts';

const SetupScreen = lazy(() => import('./SetupScreen.tsx'));

export function SignedOut() {
  const { path } = useRoute();
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    let live = true;
    setupNeeded().then(
      (r) => live && setNeeded(r.needed),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [path]);
  return needed ? <SetupScreen /> : <SignInScreen />;
}
