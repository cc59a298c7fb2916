// "A new version is ready": shown on the home screen only, between tasks, never mid-task.
import { useEffect, useState } from 'react';
import { useT } from '../app/use-t.ts';
import { applyUpdate, onUpdateWaiting } from './register.ts';

export function UpdateBanner() {
  const t = useT();
  const [waiting, setWaiting] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => onUpdateWaiting(setWaiting), []);
  if (!waiting || dismissed) return null;
  return (
    <div className="banner" role="status" data-testid="update-banner">
      <span className="spacer">{t('update.ready')}</span>
      <button className="btn primary" onClick={applyUpdate}>
        {t('update.now')}
      </button>
      <button className="btn" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
