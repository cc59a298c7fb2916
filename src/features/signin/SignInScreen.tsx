// Sign in. The first sign-in needs the server; after that the device works offline, and a worker
// who signed in here before can sign in again without the server (K14, offline-signin.ts). When the
// session ended with scans still waiting, this screen says so: they go once signed in again.
import { useState, type SyntheticEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../app/use-t.ts';
import { OfflineRefused, signInAnywhere } from './offline-signin.ts';
import { navigate } from '../../app/router.ts';
import { describeFailure } from '../../app/describe-failure.ts';
import { db } from '../../db/database.ts';
import { LanguageSwitch } from '../settings/LanguageSwitch.tsx';

export function SignInScreen(props: { username?: string }) {
  const t = useT();
  const [username, setUsername] = useState(props.username ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const waiting = useLiveQuery(() => db.outbox.where('status').equals('pending').count(), []) ?? 0;

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signInAnywhere(username.trim(), password);
      if (location.pathname === '/signin') navigate('/', { replace: true });
    } catch (err) {
      setError(
        err instanceof OfflineRefused
          ? err.verdict.why === 'wrong'
            ? t('signin.offlineWrong', { tries: err.verdict.triesLeft })
            : t(`signin.offline.${err.verdict.why}`, { user: username.trim() })
          : describeFailure(err, t),
      );
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="shell">
      <header className="topbar">
        <h1>{t('app.name')}</h1>
      </header>
      <main className="content">
        <form
          className="card"
          onSubmit={(e) => void submit(e)}
          style={{ display: 'flex', flexDirection: 'column', gap: 14 }}
        >
          <h2>{t('signin.title')}</h2>
          {waiting > 0 && (
            <div className="notice warn">{t('sync.state.signedOut', { count: waiting })}</div>
          )}
          <label className="field">
            {t('signin.username')}
            <input
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
            />
          </label>
          <label className="field">
            {t('signin.password')}
            <input
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </label>
          {error && (
            <div className="notice err" role="alert" data-testid="signin-error">
              {error}
            </div>
          )}
          <button className="btn primary" type="submit" disabled={busy}>
            {busy ? t('signin.busy') : t('signin.submit')}
          </button>
        </form>
        <LanguageSwitch />
      </main>
    </div>
  );
}
