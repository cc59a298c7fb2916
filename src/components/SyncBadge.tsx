// The sync badge on every screen: offline / syncing / up to date / N waiting / problem.
import { navigate } from '../app/router.ts';
import { badgeState, useSyncView } from '../app/use-sync-status.ts';
import { useT } from '../app/use-t.ts';

export function SyncBadge() {
  const t = useT();
  const view = useSyncView();
  const state = badgeState(view);
  const label =
    state === 'waiting'
      ? t('badge.waiting', { count: view.pendingCount })
      : state === 'offline' && view.pendingCount
        ? `${t('badge.offline')} · ${t('badge.waiting', { count: view.pendingCount })}`
        : t(`badge.${state}`);
  return (
    <button
      className={`badge ${state}`}
      data-testid="sync-badge"
      data-state={state}
      onClick={() => navigate('/sync')}
    >
      {label}
    </button>
  );
}
