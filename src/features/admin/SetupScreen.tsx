// The one-time set-up of a new site (started with DEMO_DATA=0): the first administrator and
// their first warehouse. There is no default password; once an admin exists the server refuses
// set-up for good and this screen sends people to sign in.
import { useState, type SyntheticEvent } from 'react';
import { passwordProblem } from '#core/admin.ts';
import { describeFailure } from '../../app/describe-failure.ts';
import { navigate } from '../../app/router.ts';
import { signIn } from '../../app/session.ts';
import { useT } from '../../app/use-t.ts';
import { LanguageSwitch } from '../settings/LanguageSwitch.tsx';
import { setUp } from './admin-api.ts';

export default function SetupScreen() {
  const t = useT();
  const [v, setV] = useState({
    username: '',
    name: '',
    password: '',
    again: '',
    warehouseId: '',
    warehouseName: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) =>
    setV({ ...v, [k]: e.target.value });

  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setError(null);
    if (v.password !== v.again) return setError(t('admin.pw.mismatch'));
    if (passwordProblem(v.password, v.username)) return setError(t('error.WEAK_PASSWORD'));
    setBusy(true);
    try {
      const { again: _again, ...body } = v;
      await setUp({ ...body, warehouseId: body.warehouseId.trim().toUpperCase() });
      await signIn(v.username.trim(), v.password);
      navigate('/', { replace: true });
    } catch (err) {
      setError(describeFailure(err, t));
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof typeof v, label: string, secret = false) => (
    <label className="field">
      {label}
      <input
        name={`setup-${k}`}
        type={secret ? 'password' : 'text'}
        autoComplete={secret ? 'new-password' : 'off'}
        autoCapitalize="none"
        value={v[k]}
        onChange={set(k)}
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
          data-testid="setup"
          onSubmit={(e) => void submit(e)}
          style={{ display: 'flex', flexDirection: 'column', gap: 14 }}
        >
          <h2>{t('admin.setup.title')}</h2>
          <p className="muted">{t('admin.setup.why')}</p>
          {field('username', t('signin.username'))}
          {field('name', t('admin.user.name'))}
          {field('password', t('admin.pw.new'), true)}
          {field('again', t('admin.pw.repeat'), true)}
          <p className="muted">{t('admin.pw.rule')}</p>
          {field('warehouseId', t('admin.wh.id'))}
          {field('warehouseName', t('admin.wh.name'))}
          {error && (
            <div className="notice err" role="alert" data-testid="setup-error">
              {error}
            </div>
          )}
          <button className="btn primary" type="submit" disabled={busy}>
            {t('admin.setup.submit')}
          </button>
        </form>
        <LanguageSwitch />
      </main>
    </div>
  );
}
