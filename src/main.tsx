// Starts the PWA: device identity, scanner capture, audio unlock, service worker, sync loop.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { getSettings } from './app/settings.ts';
import { loadLanguage } from './messages/i18n.ts';
import { t } from './app/use-t.ts';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { ensureDevice } from './db/meta.ts';
import { unlockAudioOnGesture } from './feedback/feedback.ts';
import { registerServiceWorker } from './pwa/register.ts';
import { installWedge } from './scan/wedge.ts';
import { syncLoop } from './sync/loop.ts';
import { preloadScreen } from './app/lazy-screens.ts';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
document.documentElement.lang = getSettings().lang;

async function start(): Promise<void> {
  // A cold start on a task screen fetches its chunk beside the words and the database.
  preloadScreen(location.pathname);
  await loadLanguage(getSettings().lang);
  try {
    await ensureDevice();
  } catch (err) {
    // A database written by a newer app version: refuse to open rather than recreate it.
    if ((err as { name?: string }).name === 'VersionError') {
      root.render(<div className="content notice err">{t('app.dbTooNew')}</div>);
      return;
    }
    throw err;
  }
  installWedge({ gsSubstitute: () => getSettings().gsSubstitute });
  unlockAudioOnGesture();
  registerServiceWorker();
  syncLoop.start();
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
