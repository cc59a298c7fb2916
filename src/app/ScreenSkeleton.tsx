// What shows while a screen's code loads: the frame of a screen (top bar, a prompt, a few
// rows) in grey, so a cold task screen on a slow network is never a blank page. It says
// "Loading…" to a screen reader and marks itself busy.
import { useT } from './use-t.ts';

export function ScreenSkeleton() {
  const t = useT();
  return (
    <div className="shell" aria-busy="true" data-testid="screen-skeleton">
      <header className="topbar">
        <span className="skeleton-bar skeleton-title" />
      </header>
      <main className="content">
        <span className="sr-only" role="status">
          {t('app.loading')}
        </span>
        <span className="skeleton-bar skeleton-prompt" />
        <span className="skeleton-bar" />
        <span className="skeleton-bar" />
        <span className="skeleton-bar" />
      </main>
    </div>
  );
}
