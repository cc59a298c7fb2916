// The console's tabs, following the WAI-ARIA tabs pattern: one tab stop (the selected tab),
// ArrowLeft/ArrowRight move and select (wrapping), Home/End go to the ends; each tab controls its
// panel by id. Counts ride on the tab's label as words a screen reader reads too.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef {
  key: string;
  label: string;
  badge?: { n: number; warn?: boolean; words: string } | null;
}

export const tabId = (k: string) => `console-tab-${k}`;
export const panelId = (k: string) => `console-panel-${k}`;

export function ConsoleTabs(props: {
  tabs: TabDef[];
  selected: string;
  label: string;
  onSelect: (key: string) => void;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const keys = props.tabs.map((t) => t.key);
  const onKey = (e: KeyboardEvent) => {
    const i = keys.indexOf(props.selected);
    const to =
      e.key === 'ArrowRight'
        ? keys[(i + 1) % keys.length]
        : e.key === 'ArrowLeft'
          ? keys[(i - 1 + keys.length) % keys.length]
          : e.key === 'Home'
            ? keys[0]
            : e.key === 'End'
              ? keys.at(-1)
              : undefined;
    if (!to) return;
    e.preventDefault();
    props.onSelect(to);
    refs.current.get(to)?.focus();
  };
  return (
    <div className="console-tabs" role="tablist" aria-label={props.label} onKeyDown={onKey}>
      {props.tabs.map((t) => {
        const on = props.selected === t.key;
        return (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
              else refs.current.delete(t.key);
            }}
            role="tab"
            id={tabId(t.key)}
            aria-selected={on}
            aria-controls={panelId(t.key)}
            tabIndex={on ? 0 : -1}
            data-testid={`tab-${t.key}`}
            className={on ? 'on' : ''}
            onClick={() => props.onSelect(t.key)}
          >
            {t.label}
            {t.badge && t.badge.n > 0 && (
              <span className={`tab-count ${t.badge.warn ? 'warn' : ''}`}>
                {t.badge.n}
                <span className="sr-only"> {t.badge.words}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel(props: { k: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={panelId(props.k)} aria-labelledby={tabId(props.k)} tabIndex={0}>
      {props.children}
    </div>
  );
}
