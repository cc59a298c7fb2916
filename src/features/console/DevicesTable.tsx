// Every device of the warehouse: state in words and a glyph, who, which device (a name the
// supervisor can set), what it held unsent *as of* its last report and how old that report is,
// the oldest waiting op, last contact in server time, app, clock, storage, last error. At-risk
// devices come first; a filter narrows to one state.
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import { useSettings } from '../../app/settings.ts';
import { formatBytes } from '../sync-status/format.ts';
import { ago, age, clock, dateTime } from './format.ts';
import { deviceName, deviceStates, sortDevices, stateIcon, stateOf } from './device-state.ts';
import type { ConsoleDevice } from './types.ts';

export function DevicesTable(props: {
  devices: ConsoleDevice[];
  now: number;
  onRevoke: (d: ConsoleDevice) => void;
  onRevokeSessions: (d: ConsoleDevice) => void;
  onLabel: (d: ConsoleDevice) => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  const { now } = props;
  const [only, setOnly] = useState('');
  if (!props.devices.length) return <p className="muted">{t('console.dev.none')}</p>;
  const rows = sortDevices(props.devices).filter((d) => !only || stateOf(d) === only);
  return (
    <>
      <div className="filters">
        <label>
          {t('console.dev.show')}
          <select
            data-testid="device-filter"
            value={only}
            onChange={(e) => setOnly(e.target.value)}
          >
            <option value="">{t('console.x.any')}</option>
            {deviceStates.map((s) => (
              <option key={s} value={s}>
                {t(`console.dev.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="console-scroll">
        <table className="console-table" data-testid="devices-table">
          <thead>
            <tr>
              <th>{t('console.dev.state')}</th>
              <th>{t('console.dev.device')}</th>
              <th>{t('console.dev.waiting')}</th>
              <th>{t('console.dev.oldest')}</th>
              <th>{t('console.dev.lastSeen')}</th>
              <th>{t('console.dev.app')}</th>
              <th>{t('console.dev.clock')}</th>
              <th>{t('console.dev.storage')}</th>
              <th>{t('console.dev.error')}</th>
              <th>
                <span className="sr-only">{t('console.dev.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => {
              const state = stateOf(d);
              const name = deviceName(d);
              const asOf = now - d.lastSeenAt;
              return (
                <tr
                  key={d.id}
                  className={`dev-${state}`}
                  data-testid="device-row"
                  data-device-id={d.id}
                  data-state={state}
                  data-waiting={d.pendingCount}
                >
                  <td className="dev-state">
                    <span aria-hidden="true" className={`glyph glyph-${state}`}>
                      {stateIcon[state]}
                    </span>{' '}
                    {t(`console.dev.${state}`)}
                  </td>
                  <td>
                    <strong>{d.userName}</strong>
                    <div className={d.label ? '' : 'mono muted'}>{name}</div>
                  </td>
                  <td className="num" data-testid="waiting">
                    <span className="big">{d.pendingCount}</span>
                    <div className="muted small" data-testid="waiting-as-of">
                      {t('console.dev.asOf', { ago: ago(t, asOf) })}
                    </div>
                  </td>
                  <td data-testid="oldest">
                    {d.oldestPendingAt !== null && d.pendingCount
                      ? age(t, now - d.oldestPendingAt)
                      : '—'}
                  </td>
                  <td data-testid="last-seen">
                    {dateTime(d.lastSeenAt, lang)}
                    <div className="muted small">{ago(t, asOf)}</div>
                  </td>
                  <td>{d.appVersion}</td>
                  <td>{clock(t, d.clockOffsetMs)}</td>
                  <td className="num">
                    {d.storageUsed !== null ? formatBytes(d.storageUsed) : '—'}
                    {d.storageQuota ? (
                      <div className="muted small">
                        {t('console.dev.ofQuota', { quota: formatBytes(d.storageQuota) })}
                      </div>
                    ) : null}
                  </td>
                  <td className="err-cell">{d.lastError ?? ''}</td>
                  <td className="actions">
                    <button
                      className="btn small"
                      aria-label={t('console.dev.labelFor', { device: name })}
                      onClick={() => props.onLabel(d)}
                    >
                      {t('console.dev.label')}
                    </button>
                    {!d.revokedAt && (
                      <button
                        className="btn small"
                        aria-label={t('console.dev.revokeFor', { device: name })}
                        onClick={() => props.onRevoke(d)}
                      >
                        {t('console.dev.revoke')}
                      </button>
                    )}
                    <button
                      className="btn small"
                      aria-label={t('console.dev.revokeSessionsFor', {
                        user: d.userName,
                        device: name,
                      })}
                      onClick={() => props.onRevokeSessions(d)}
                    >
                      {t('console.dev.revokeSessions')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
