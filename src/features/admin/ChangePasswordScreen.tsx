// The forced password change: an administrator set this user's password (a new user, or a
// reset), so the server refuses all work until the user chooses their own. Shown right after
// sign-in, before the warehouse loads; afterwards the device syncs and goes on as usual.
import { useState, type SyntheticEvent } from 'react';
import { passwordProblem } from '#core/admin.ts';
import { describeFailure } from '../../app/describe-failure.ts';
import { signOut } from '../../app/session.ts';
import { useT } from '../../app/use-t.ts';
import { db } from '../../db/database.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { syncLoop } from '../../sync/loop.ts';
import { adminApi } from './admin-api.ts';

export function ChangePasswordScreen({ session }: { session: SessionMeta }) {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(null);
    if (next !== again) return setError(t('admin.pw.mismatch'));
    if (passwordProblem(next, session.user.username)) return setError(t('error.WEAK_PASSWORD'));
    setBusy(true);
    try {
      await adminApi(session.token).changeOwnPassword(current, next);
      await db.meta.put({ ...session, user: { ...session.user, mustChangePassword: false } });
      syncLoop.trigger(true);
    } catch (err) {
      setError(describeFailure(err, t));
    } finally {
      setBusy(false);
    }
  };

  const field = (name: string, label: string, value: string, set: (v: string) => void) => (
    <label className="field">
      {label}
      <input
        name={name}
        type="password"
        autoComplete={name === 'current-password' ? 'current-password' : 'new-password'}
        value={value}
        onChange={(e) => set(e.target.value)}
        required
      />
    </label>
  );

  return (
    <div className="shell">
      <header className="topbar">
        <h1>{t('app.name')}</h1>
      </header>
      <main className="content">
        <form
          className="card"
          data-testid="change-password"
          onSubmit={(e) => void submit(e)}
          style={{ display: 'flex', flexDirection: 'column', gap: 14 }}
        >
          <h2>{t('admin.pw.title')}</h2>
          <p className="notice warn">{t('admin.pw.why', { name: session.user.name })}</p>
          {field('current-password', t('admin.pw.current'), current, setCurrent)}
          {field('new-password', t('admin.pw.new'), next, setNext)}
          {field('repeat-password', t('admin.pw.repeat'), again, setAgain)}
          <p className="muted">{t('admin.pw.rule')}</p>
          {error && (
            <div className="notice err" role="alert" data-testid="change-password-error">
              {error}
            </div>
          )}
          <button className="btn primary" type="submit" disabled={busy}>
            {t('admin.pw.submit')}
          </button>
          <button className="btn" type="button" onClick={() => void signOut()}>
            {t('admin.pw.signOut')}
          </button>
        </form>
      </main>
    </div>
  );
}
