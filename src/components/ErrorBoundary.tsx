// The top-level error boundary: a broken screen says so in words and offers a reload; the
// scans are in IndexedDB and survive it.
import { Component, type ReactNode } from 'react';
import { t } from '../app/use-t.ts';

export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(err: unknown) {
    // A cancelled camera stream is not a failure of the screen.
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="shell">
        <main className="content">
          <div className="notice err">{t('app.crashed')}</div>
          <button className="btn primary" onClick={() => location.reload()}>
            {t('app.reload')}
          </button>
        </main>
      </div>
    );
  }
}
