// Alerts a supervisor must not miss: a device at risk (silent in the shift), an open exception
// worth more than a threshold. A banner in the console, and a browser notification once per new
// alert where the supervisor allowed notifications (asked only when they press the button).
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/use-t.ts';
import { useSettings } from '../../app/settings.ts';
import { deviceName } from './device-state.ts';
import { describeException } from './describe-exception.ts';
import { money } from './format.ts';
import { usePlural } from './plural.ts';
import type { ConsoleDevice, ConsoleException } from './types.ts';

/** An open exception worth this much or more is an alert. */
export const ALERT_VALUE = 1000;

const canNotify = () => typeof Notification !== 'undefined';

export function ConsoleAlerts(props: { devices: ConsoleDevice[]; top: ConsoleException[] }) {
  const t = useT();
  const plural = usePlural();
  const { lang } = useSettings();
  const atRisk = props.devices.filter((d) => d.stale);
  const costly = props.top.filter((x) => x.value >= ALERT_VALUE);
  const told = useRef(new Set<string>());
  const [perm, setPerm] = useState(() => (canNotify() ? Notification.permission : 'denied'));
  const lines = [
    ...atRisk.map((d) => ({
      id: `d:${d.id}:${d.lastSeenAt}`,
      text: t('console.alert.device', {
        device: deviceName(d),
        user: d.userName,
        waiting: d.pendingCount,
      }),
    })),
    ...costly.map((x) => ({
      id: `x:${x.id}`,
      text: t('console.alert.value', {
        value: money(x.value, lang),
        what: describeException(t, x),
      }),
    })),
  ];
  const ids = lines.map((l) => l.id).join('|');
  useEffect(() => {
    if (perm !== 'granted') return;
    for (const l of lines) {
      if (told.current.has(l.id)) continue;
      told.current.add(l.id);
      new Notification(t('console.title'), { body: l.text, tag: l.id });
    }
    // lines follow ids; re-run only when the set of alerts changes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ids, perm]);
  if (!lines.length) return null;
  return (
    <div className="alert-banner" role="alert" data-testid="console-alerts">
      <strong>
        <span aria-hidden="true">⚠ </span>
        {plural('alerts', lines.length)}
      </strong>
      <ul>
        {lines.slice(0, 4).map((l) => (
          <li key={l.id}>{l.text}</li>
        ))}
      </ul>
      {canNotify() && perm === 'default' && (
        <button
          className="btn small"
          onClick={() => void Notification.requestPermission().then((p) => setPerm(p))}
        >
          {t('console.alert.notify')}
        </button>
      )}
    </div>
  );
}
