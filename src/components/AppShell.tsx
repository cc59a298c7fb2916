// The frame of every screen: a dark top bar (back, title, sync badge), the content, and an
// optional footer pinned within thumb reach.
import type { ReactNode } from 'react';
import { back } from '../app/router.ts';
import { useT } from '../app/use-t.ts';
import { SyncBadge } from './SyncBadge.tsx';

export function AppShell(props: {
  title: string;
  onBack?: (() => void) | false;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const t = useT();
  const onBack = props.onBack === false ? null : (props.onBack ?? (() => back()));
  return (
    <div className="shell">
      <header className="topbar">
        {onBack && (
          <button className="icon-btn" aria-label={t('common.back')} onClick={onBack}>
            ←
          </button>
        )}
        <h1>{props.title}</h1>
        <SyncBadge />
      </header>
      <main className="content">{props.children}</main>
      {props.footer && <footer className="footer">{props.footer}</footer>}
    </div>
  );
}
