// Tells the worker, on whatever screen they are, that an administrator deactivated their user:
// the server ended the session and refuses its syncs. Waiting scans stay on the device and go
// once someone signs in again on it.
import { useLiveQuery } from 'dexie-react-hooks';
import { navigate, useRoute } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { db } from '../../db/database.ts';
import { getStatus } from '../../db/meta.ts';

export function AccessEnded() {
  const t = useT();
  const { path } = useRoute();
  const status = useLiveQuery(getStatus, []);
  const waiting = useLiveQuery(() => db.outbox.where('status').equals('pending').count(), []) ?? 0;
  if (path === '/signin') return null;
  if (status?.state !== 'signed-out' || status.errorCode !== 'USER_DEACTIVATED') return null;
  return (
    <div
      className="notice err"
      role="alert"
      data-testid="access-ended"
      style={{ position: 'fixed', left: 8, right: 8, bottom: 8, zIndex: 50 }}
    >
      <p>{t('admin.ended.deactivated')}</p>
      {waiting > 0 && <p>{t('sync.state.signedOut', { count: waiting })}</p>}
      <button className="btn" onClick={() => navigate('/signin')}>
        {t('signin.submit')}
      </button>
    </div>
  );
}
