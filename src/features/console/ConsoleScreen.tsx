// The supervisor console (/console), loaded on demand so floor devices never download it:
// devices with their sync health, the exceptions queue, progress, and files. It updates itself
// from the console event stream; tablet and desktop layouts come from CSS.
import { useMemo, useState } from 'react';
import { hasAnyRole, Role } from '#core/roles.ts';
import { navigate, useRoute } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { AppShell } from '../../components/AppShell.tsx';
import type { SessionMeta } from '../../db/meta-types.ts';
import { feedback } from '../../feedback/feedback.ts';
import * as A from './console-api.ts';
import { DevicesTable } from './DevicesTable.tsx';
import { ExceptionFilters, ExceptionsQueue } from './ExceptionsQueue.tsx';
import { FilesPanel } from './FilesPanel.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { PickListsPanel } from './PickListsPanel.tsx';
import { useConsole } from './use-console.ts';
import { WaitingChart } from './WaitingChart.tsx';
import type { ConsoleDevice } from './types.ts';
import './console.css';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const TABS = ['devices', 'exceptions', 'progress', 'files', 'lists'] as const;
type Tab = (typeof TABS)[number];

export default function ConsoleScreen({ session }: { session: SessionMeta }) {
  const t = useT();
  if (!hasAnyRole(session.user.roles, [Role.supervisor, Role.admin]))
    return (
      <AppShell title={t('console.title')}>
        <p className="err-box">{t('console.forbidden')}</p>
      </AppShell>
    );
  return <Console session={session} />;
}

function Console({ session }: { session: SessionMeta }) {
  const t = useT();
  const { query } = useRoute();
  const tab: Tab = (TABS as readonly string[]).includes(query.get('tab') ?? '')
    ? (query.get('tab') as Tab)
    : 'devices';
  const conn = useMemo(
    () => ({ warehouseId: session.warehouseId, token: session.token }),
    [session.warehouseId, session.token],
  );
  const [filter, setFilter] = useState(() => new URLSearchParams({ status: 'open' }));
  const c = useConsole(conn, filter);
  const online = c.devices.filter((d) => d.online).length;
  const waiting = c.devices.reduce((n, d) => n + (d.revokedAt ? 0 : d.pendingCount), 0);
  const stale = c.devices.filter((d) => d.stale).length;
  const open = c.exceptions.filter((x) => x.status === 'open').length;

  const revoke = async (d: ConsoleDevice) => {
    const reason = window.prompt(t('console.dev.revokeReason'));
    if (!reason || reason.trim().length < 3) return;
    await A.revokeDevice(conn, d.id, reason.trim()).then(
      () => feedback('success', t('console.dev.revokedDone')),
      (e: unknown) => feedback('error', messageOf(e)),
    );
    c.refresh();
  };
  const revokeSessions = async (d: ConsoleDevice) => {
    const reason = window.prompt(t('console.dev.sessionsReason'));
    if (!reason || reason.trim().length < 3) return;
    await A.revokeSessions(conn, d.userId, reason.trim()).then(
      (r) => feedback('success', t('console.dev.sessionsDone', { count: r.sessionsRevoked })),
      (e: unknown) => feedback('error', messageOf(e)),
    );
  };

  return (
    <AppShell title={t('console.title')}>
      <div className="console">
        <div className="console-summary" data-testid="console-summary">
          <span
            className={`live ${c.live ? 'on' : ''}`}
            data-testid="console-live"
            data-live={c.live}
          >
            {c.live ? t('console.live') : t('console.reconnecting')}
          </span>
          <span>{t('console.summary', { online, waiting, stale, open })}</span>
        </div>
        {c.error && (
          <p className="err-box">
            {c.error.status === 403
              ? t('console.forbidden')
              : t('console.loadFailed', { reason: c.error.message })}
          </p>
        )}
        <nav className="console-tabs" role="tablist">
          {TABS.map((k) => (
            <button
              key={k}
              role="tab"
              aria-selected={tab === k}
              data-testid={`tab-${k}`}
              className={tab === k ? 'on' : ''}
              onClick={() => navigate(`/console?tab=${k}`, { replace: true })}
            >
              {t(`console.tab.${k}`)}
              {k === 'exceptions' && open > 0 && <span className="tab-count">{open}</span>}
              {k === 'devices' && stale > 0 && <span className="tab-count warn">{stale}</span>}
            </button>
          ))}
        </nav>
        {tab === 'devices' && (
          <>
            <DevicesTable
              devices={c.devices}
              now={c.now}
              onRevoke={(d) => void revoke(d)}
              onRevokeSessions={(d) => void revokeSessions(d)}
            />
            <section className="card">
              <WaitingChart series={c.samples} devices={c.devices} now={c.now} />
            </section>
          </>
        )}
        {tab === 'exceptions' && (
          <>
            <ExceptionFilters filter={filter} users={c.users} onChange={setFilter} />
            <ExceptionsQueue
              conn={conn}
              exceptions={c.exceptions}
              users={c.users}
              onDone={c.refresh}
            />
          </>
        )}
        {tab === 'progress' && <ProgressPanel conn={conn} progress={c.progress} />}
        {tab === 'files' && <FilesPanel conn={conn} />}
        {tab === 'lists' && (
          <PickListsPanel conn={conn} users={c.users} tick={c.progress} now={c.now} />
        )}
      </div>
    </AppShell>
  );
}
