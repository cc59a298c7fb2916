// The supervisor console (/console), loaded on demand so floor devices never download it:
// devices with their sync health, the exceptions queue, progress, and files. It updates itself
// from the console event stream; offline it says so and keeps what it last knew, with its age.
// Tablet and desktop layouts come from CSS. A tab is one entry in TABS and one panel line below.
import { useMemo, useState } from 'react';
import { hasAnyRole, Role } from '#core/roles.ts';
import { navigate, useRoute } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { AppShell } from '../../components/AppShell.tsx';
import type { SessionMeta } from '../../db/meta-types.ts';
import { feedback } from '../../feedback/feedback.ts';
import * as A from './console-api.ts';
import { DevicesTable } from './DevicesTable.tsx';
import { ConsoleAlerts } from './ConsoleAlerts.tsx';
import { ConsoleTabs, TabPanel } from './ConsoleTabs.tsx';
import { ExceptionFilters, ExceptionsQueue, PAGE } from './ExceptionsQueue.tsx';
import { ago } from './format.ts';
import { FilesPanel } from './FilesPanel.tsx';
import { ProgressPanel } from './ProgressPanel.tsx';
import { PickListsPanel } from './PickListsPanel.tsx';
import { ReceiptsPanel } from './ReceiptsPanel.tsx';
import { CountTasksPanel } from './CountTasksPanel.tsx';
import { OpLogPanel } from './OpLogPanel.tsx';
import { useConsole } from './use-console.ts';
import { WaitingChart } from './WaitingChart.tsx';
import type { ConsoleDevice } from './types.ts';
import './console.css';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const TABS = [
  'devices',
  'exceptions',
  'progress',
  'files',
  'lists',
  'receipts',
  'counts',
  'oplog',
] as const;
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
  const [filter, setFilter] = useState(
    () => new URLSearchParams({ status: 'open', limit: String(PAGE) }),
  );
  const c = useConsole(conn, filter);
  const online = c.devices.filter((d) => d.online).length;
  const waiting = c.devices.reduce((n, d) => n + (d.revokedAt ? 0 : d.pendingCount), 0);
  const stale = c.devices.filter((d) => d.stale).length;
  const open = c.openCount;
  const badges: Partial<Record<Tab, { n: number; warn?: boolean; words: string }>> = {
    exceptions: { n: open, words: t('console.tab.openWords') },
    devices: { n: stale, warn: true, words: t('console.tab.atRiskWords') },
  };

  const revoke = async (d: ConsoleDevice) => {
    const reason = window.prompt(t('console.dev.revokeReason'));
    if (!reason || reason.trim().length < 3) return;
    await A.revokeDevice(conn, d.id, reason.trim()).then(
      () => feedback('success', t('console.dev.revokedDone')),
      (e: unknown) => feedback('error', messageOf(e)),
    );
    c.refresh();
  };
  const label = async (d: ConsoleDevice) => {
    const name = window.prompt(t('console.dev.labelPrompt'), d.label ?? '');
    if (!name?.trim()) return;
    await A.labelDevice(conn, d.id, name.trim()).then(
      () => feedback('success', t('console.dev.labelDone')),
      (e: unknown) => feedback('error', messageOf(e)),
    );
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
        {c.offline && (
          <p className="warn-box" role="status" data-testid="console-offline">
            {c.lastOkAt
              ? t('console.offline', { ago: ago(t, c.now - c.lastOkAt) })
              : t('console.offlineNever')}
          </p>
        )}
        {c.error && (
          <p className="err-box">
            {c.error.status === 403
              ? t('console.forbidden')
              : t('console.loadFailed', { reason: c.error.message })}
          </p>
        )}
        <ConsoleAlerts devices={c.devices} top={c.topOpen} />
        <ConsoleTabs
          label={t('console.title')}
          selected={tab}
          tabs={TABS.map((k) => ({
            key: k,
            label: t(`console.tab.${k}`),
            badge: badges[k] ?? null,
          }))}
          onSelect={(k) => navigate(`/console?tab=${k}`, { replace: true })}
        />
        {tab === 'devices' && (
          <TabPanel k="devices">
            <DevicesTable
              devices={c.devices}
              now={c.now}
              onRevoke={(d) => void revoke(d)}
              onRevokeSessions={(d) => void revokeSessions(d)}
              onLabel={(d) => void label(d)}
            />
            <section className="card">
              <WaitingChart series={c.samples} devices={c.devices} now={c.now} />
            </section>
          </TabPanel>
        )}
        {tab === 'exceptions' && (
          <TabPanel k="exceptions">
            <ExceptionFilters filter={filter} users={c.users} onChange={setFilter} />
            <ExceptionsQueue
              conn={conn}
              page={c.exceptions}
              users={c.users}
              now={c.now}
              filter={filter}
              onFilter={setFilter}
              onDone={c.refresh}
            />
          </TabPanel>
        )}
        {tab === 'progress' && (
          <TabPanel k="progress">
            <ProgressPanel conn={conn} progress={c.progress} />
          </TabPanel>
        )}
        {tab === 'files' && (
          <TabPanel k="files">
            <FilesPanel conn={conn} />
          </TabPanel>
        )}
        {tab === 'lists' && (
          <TabPanel k="lists">
            <PickListsPanel conn={conn} users={c.users} tick={c.progress} now={c.now} />
          </TabPanel>
        )}
        {tab === 'receipts' && (
          <TabPanel k="receipts">
            <ReceiptsPanel conn={conn} tick={c.progress} />
          </TabPanel>
        )}
        {tab === 'counts' && (
          <TabPanel k="counts">
            <CountTasksPanel
              conn={conn}
              tick={c.progress}
              onDecide={(ref) => {
                setFilter(new URLSearchParams({ status: 'open', ref, limit: String(PAGE) }));
                navigate('/console?tab=exceptions', { replace: true });
              }}
            />
          </TabPanel>
        )}
        {tab === 'oplog' && (
          <TabPanel k="oplog">
            <OpLogPanel
              conn={conn}
              users={c.users}
              devices={c.devices}
              tick={c.progress}
              now={c.now}
            />
          </TabPanel>
        )}
      </div>
    </AppShell>
  );
}
