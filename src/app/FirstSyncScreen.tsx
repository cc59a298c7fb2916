// The first start on a device (or after a reset): the warehouse's data loads with a progress bar.
import type { SyncMeta } from '../db/meta-types.ts';
import { AppShell } from '../components/AppShell.tsx';
import { useT } from './use-t.ts';

export function FirstSyncScreen({ sync }: { sync: SyncMeta }) {
  const t = useT();
  const snap = sync.snapshot;
  return (
    <AppShell title={t('app.name')} onBack={false}>
      {snap ? (
        <>
          <div className="prompt" data-testid="first-sync">
            {t('home.firstSync', { done: snap.done, total: snap.total })}
          </div>
          <div
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={snap.total}
            aria-valuenow={snap.done}
          >
            <div
              style={{ width: `${snap.total ? Math.round((snap.done / snap.total) * 100) : 0}%` }}
            />
          </div>
        </>
      ) : (
        <div className="prompt" data-testid="first-sync">
          {t('home.firstSyncWaiting')}
        </div>
      )}
    </AppShell>
  );
}
