// Every device of the warehouse: who, app version, when last seen and pushed, what it holds
// unsent and since when, clock, storage, last error. A device silent too long while holding
// unsent ops is highlighted as stale.
import { useT } from '../../app/use-t.ts';
import { formatBytes } from '../sync-status/format.ts';
import { ago, age, clock } from './format.ts';
import type { ConsoleDevice } from './types.ts';

export function DevicesTable(props: {
  devices: ConsoleDevice[];
  now: number;
  onRevoke: (d: ConsoleDevice) => void;
  onRevokeSessions: (d: ConsoleDevice) => void;
}) {
  const t = useT();
  const { now } = props;
  if (!props.devices.length) return <p className="muted">{t('console.dev.none')}</p>;
  return (
    <div className="console-scroll">
      <table className="console-table" data-testid="devices-table">
        <thead>
          <tr>
            <th>{t('console.dev.state')}</th>
            <th>{t('console.dev.user')}</th>
            <th>{t('console.dev.device')}</th>
            <th>{t('console.dev.waiting')}</th>
            <th>{t('console.dev.oldest')}</th>
            <th>{t('console.dev.lastSeen')}</th>
            <th>{t('console.dev.lastPush')}</th>
            <th>{t('console.dev.app')}</th>
            <th>{t('console.dev.clock')}</th>
            <th>{t('console.dev.storage')}</th>
            <th>{t('console.dev.error')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {props.devices.map((d) => {
            const state = d.revokedAt
              ? 'revoked'
              : d.stale
                ? 'stale'
                : d.online
                  ? d.pendingCount
                    ? 'online'
                    : 'upToDate'
                  : 'offline';
            return (
              <tr
                key={d.id}
                className={`dev-${state}`}
                data-testid="device-row"
                data-device-id={d.id}
                data-state={state}
                data-waiting={d.pendingCount}
              >
                <td>
                  <span className={`dot dot-${state}`} /> {t(`console.dev.${state}`)}
                </td>
                <td>{d.userName}</td>
                <td className="mono">{d.id.slice(0, 8)}</td>
                <td className="num big" data-testid="waiting">
                  {d.pendingCount}
                </td>
                <td data-testid="oldest">
                  {d.oldestPendingAt !== null && d.pendingCount
                    ? age(t, now - d.oldestPendingAt)
                    : '—'}
                </td>
                <td data-testid="last-seen">{ago(t, now - d.lastSeenAt)}</td>
                <td>{d.lastPushAt ? ago(t, now - d.lastPushAt) : '—'}</td>
                <td>{d.appVersion}</td>
                <td>{clock(t, d.clockOffsetMs)}</td>
                <td>
                  {d.storageUsed !== null ? formatBytes(d.storageUsed) : '—'}
                  {d.storageQuota ? ` / ${formatBytes(d.storageQuota)}` : ''}
                </td>
                <td className="err-cell">{d.lastError ?? ''}</td>
                <td className="actions">
                  {!d.revokedAt && (
                    <button className="btn small" onClick={() => props.onRevoke(d)}>
                      {t('console.dev.revoke')}
                    </button>
                  )}
                  <button className="btn small" onClick={() => props.onRevokeSessions(d)}>
                    {t('console.dev.revokeSessions')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
