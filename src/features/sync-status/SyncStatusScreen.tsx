// Sync status in words: what the device is doing, what still waits and since when, what the
// server refused and what it raised, the clock and storage; and a "sync now" button.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { badgeState, serverUnreachable, useSyncView } from '../../app/use-sync-status.ts';
import { useT } from '../../app/use-t.ts';
import { describeCode } from '../../app/describe-failure.ts';
import { db } from '../../db/database.ts';
import { requestSyncNow } from '../../sync/channel.ts';
import { OpList } from './OpList.tsx';
import { navigate } from '../../app/router.ts';
import { formatBytes, formatTime } from './format.ts';

const CLOCK_WARN_MS = 3 * 60_000;

export function SyncStatusScreen() {
  const t = useT();
  const view = useSyncView();
  const state = badgeState(view);
  const waiting =
    useLiveQuery(() => db.outbox.where('status').equals('pending').sortBy('seq'), []) ?? [];
  const rejected =
    useLiveQuery(() => db.outbox.where('status').equals('rejected').reverse().sortBy('seq'), []) ??
    [];
  const raised =
    useLiveQuery(
      async () =>
        (await db.outbox.where('status').anyOf('acked', 'done').toArray()).filter(
          (o) => o.exceptions?.length,
        ),
      [],
    ) ?? [];
  const [storage, setStorage] = useState<{
    usage?: number;
    quota?: number;
    persisted?: boolean;
  } | null>(null);
  useEffect(() => {
    void (async () => {
      const est = await navigator.storage?.estimate?.();
      const persisted = await navigator.storage?.persisted?.();
      setStorage({ usage: est?.usage, quota: est?.quota, persisted });
    })();
  }, []);

  const words = {
    offline: t(serverUnreachable(view) ? 'sync.state.unreachable' : 'sync.state.offline'),
    syncing: t('sync.state.syncing'),
    upToDate: t('sync.state.upToDate'),
    waiting: t('sync.state.waiting', {
      count: view.pendingCount,
      since: formatTime(view.oldestPendingAt),
    }),
    error: t('sync.state.error', { reason: describeCode(view.status?.errorCode, t) }),
    signedOut: t('sync.state.signedOut', { count: view.pendingCount }),
  }[state];
  const offset = view.sync?.clockOffsetMs ?? 0;

  return (
    <AppShell
      title={t('sync.title')}
      footer={
        <button className="btn primary" data-testid="sync-now" onClick={requestSyncNow}>
          {t('sync.now')}
        </button>
      }
    >
      <div
        className={`notice ${state === 'upToDate' ? 'ok' : state === 'error' || state === 'signedOut' ? 'err' : 'warn'}`}
        data-testid="sync-words"
        data-state={state}
      >
        {words}
        {state !== 'waiting' && view.pendingCount > 0 && state !== 'signedOut' && (
          <div>
            {t('sync.state.waiting', {
              count: view.pendingCount,
              since: formatTime(view.oldestPendingAt),
            })}
          </div>
        )}
      </div>
      {state === 'signedOut' && (
        <button
          className="btn primary"
          data-testid="sign-in-again"
          onClick={() => navigate('/signin')}
        >
          {t('signin.submit')}
        </button>
      )}
      {view.sync?.snapshot && (
        <div className="notice warn">{t('sync.snapshot', view.sync.snapshot)}</div>
      )}
      <div className="card">
        <p>
          {t('sync.lastSynced', {
            when: view.sync?.lastSyncedAt ? formatTime(view.sync.lastSyncedAt) : t('sync.never'),
          })}
        </p>
        {Math.abs(offset) > CLOCK_WARN_MS && (
          <div className="notice warn">
            {t('sync.clockOff', { minutes: Math.round(Math.abs(offset) / 60_000) })}
          </div>
        )}
        <p className="muted">
          {storage?.usage !== undefined && storage.quota !== undefined
            ? t('sync.storage', {
                used: formatBytes(storage.usage),
                quota: formatBytes(storage.quota),
              })
            : t('sync.storageUnknown')}
        </p>
        {storage && (
          <p className="muted">
            {storage.persisted ? t('sync.persisted') : t('sync.notPersisted')}
          </p>
        )}
      </div>
      {rejected.length > 0 && (
        <section data-testid="rejected-list">
          <h2>{t('sync.rejected', { count: rejected.length })}</h2>
          <p className="muted">{t('sync.rejectedHint')}</p>
          <OpList
            ops={rejected}
            reason={(op) => describeCode(op.code, t) + (op.message ? ` — ${op.message}` : '')}
          />
        </section>
      )}
      {raised.length > 0 && (
        <section data-testid="exception-list">
          <h2>{t('sync.exceptions', { count: raised.length })}</h2>
          <OpList ops={raised} reason={(op) => op.exceptions!.map((x) => x.message).join('; ')} />
        </section>
      )}
      {waiting.length > 0 && (
        <section data-testid="waiting-list">
          <h2>{t('sync.waitingList', { count: waiting.length })}</h2>
          <OpList ops={waiting.slice(0, 50)} />
        </section>
      )}
    </AppShell>
  );
}
