// Settings: language, sound, vibration, warehouse, who is signed in, sign out.
import { useLiveQuery } from 'dexie-react-hooks';
import { AppShell } from '../../components/AppShell.tsx';
import { updateSettings, useSettings } from '../../app/settings.ts';
import { signOut } from '../../app/session.ts';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { db } from '../../db/database.ts';
import { getDevice } from '../../db/meta.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { feedback } from '../../feedback/feedback.ts';
import { APP_VERSION } from '../../sync/report.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { WarehouseSwitch } from './WarehouseSwitch.tsx';

function Toggle(props: {
  label: string;
  value: boolean;
  onChange: (v: boolean) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <div className="field">
      {props.label}
      <div className="row">
        <button
          className={`btn${props.value ? ' primary' : ''}`}
          aria-pressed={props.value}
          data-testid={`${props.testId}-on`}
          onClick={() => props.onChange(true)}
        >
          {t('settings.on')}
        </button>
        <button
          className={`btn${props.value ? '' : ' primary'}`}
          aria-pressed={!props.value}
          data-testid={`${props.testId}-off`}
          onClick={() => props.onChange(false)}
        >
          {t('settings.off')}
        </button>
      </div>
    </div>
  );
}

export function SettingsScreen({ session }: { session: SessionMeta }) {
  const t = useT();
  const settings = useSettings();
  const device = useLiveQuery(getDevice, []);
  const waiting = useLiveQuery(() => db.outbox.where('status').equals('pending').count(), []) ?? 0;
  const doSignOut = () => {
    if (waiting && !window.confirm(t('settings.signOutPending', { count: waiting }))) return;
    void signOut();
  };
  return (
    <AppShell title={t('settings.title')}>
      <div className="field">
        {t('settings.language')}
        <LanguageSwitch />
      </div>
      <WarehouseSwitch session={session} />
      <Toggle
        label={t('settings.sound')}
        value={settings.sound}
        testId="sound"
        onChange={(sound) => updateSettings({ sound })}
      />
      <Toggle
        label={t('settings.vibration')}
        value={settings.vibration}
        testId="vibration"
        onChange={(vibration) => updateSettings({ vibration })}
      />
      <button className="btn" onClick={() => feedback('success', '✓')}>
        {t('settings.testSound')}
      </button>
      <label className="field">
        {t('settings.gsSubstitute')}
        <input
          data-testid="gs-substitute"
          maxLength={3}
          value={settings.gsSubstitute}
          placeholder={t('settings.gsSubstituteHint')}
          onChange={(e) => updateSettings({ gsSubstitute: e.target.value })}
        />
      </label>
      <button
        className="btn"
        data-testid="tile-scanner-test"
        onClick={() => navigate('/scanner-test')}
      >
        {t('home.scannerTest')}
      </button>
      <div className="card">
        <p>
          {t('settings.user', { name: session.user.name, roles: session.user.roles.join(', ') })}
        </p>
        <p className="muted">{t('settings.device', { id: device?.deviceId.slice(0, 8) ?? '…' })}</p>
        <p className="muted">{t('settings.version', { version: APP_VERSION })}</p>
      </div>
      <button className="btn danger" data-testid="sign-out" onClick={doSignOut}>
        {t('settings.signOut')}
      </button>
    </AppShell>
  );
}
