// The sync badge on every screen: offline / syncing / up to date / N waiting / problem.
import { navigate } from '../app/router.ts';
import { badgeState, serverUnreachable, useSyncView } from '../app/use-sync-status.ts';
import { useT } from '../app/use-t.ts';

export function SyncBadge() {
  const t = useT();
  const view = useSyncView();
  const state = badgeState(view);
  const away = state === 'offline' && serverUnreachable(view);
  const offline = t(away ? 'badge.unreachable' : 'badge.offline');
  const label =
    state === 'waiting'
      ? t('badge.waiting', { count: view.pendingCount })
      : state === 'offline' && view.pendingCount
        ? `${offline} · ${t('badge.waiting', { count: view.pendingCount })}`
        : state === 'offline'
          ? offline
          : t(`badge.${state}`);
  return (
    <button
      className={`badge ${state}`}
      data-testid="sync-badge"
      data-state={state}
      data-reach={state === 'offline' ? (away ? 'server' : 'device') : undefined}
      onClick={() => navigate('/sync')}
    >
      {label}
    </button>
  );
}
