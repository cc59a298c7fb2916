// The receipt's scans from this device, newest first (finding M3): what, how many, lot, when,
// sent or waiting; any one that is not undone can be undone, with a confirmation naming it.
import { useT } from '../../app/use-t.ts';
import { useSettings } from '../../app/settings.ts';
import type { HistoryEntry } from './scan-history.ts';
import { scanWords } from './scan-history.ts';

const clock = (ms: number, lang: string) =>
  new Date(ms).toLocaleString(lang, {
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

export function ScanHistory(props: {
  receipt: string;
  history: readonly HistoryEntry[];
  onUndo: (entry: HistoryEntry) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  return (
    <section className="card" data-testid="scan-history" aria-labelledby="scan-history-title">
      <h2 id="scan-history-title" className="finish-title">
        {t('history.title', { receipt: props.receipt })}
      </h2>
      {props.history.length === 0 && <p className="sub">{t('history.empty')}</p>}
      <ul className="list history">
        {props.history.map((h) => (
          <li
            key={h.op.opId}
            data-testid="history-entry"
            data-op={h.op.opId}
            className={h.undone ? 'undone' : ''}
          >
            <div className="history-what">{scanWords(h.op, t)}</div>
            <div className="sub">
              {clock(h.op.at, lang)} ·{' '}
              {h.undone
                ? t('history.undone')
                : h.synced
                  ? t('history.synced')
                  : t('history.waiting')}
              {!h.current && ` · ${t('history.earlier')}`}
            </div>
            {!h.undone && (
              <button
                className="link-btn"
                data-testid="history-undo"
                aria-label={`${t('history.undo')}: ${scanWords(h.op, t)}`}
                onClick={() => props.onUndo(h)}
              >
                {t('history.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button className="btn big" data-testid="history-close" onClick={props.onClose}>
        {t('history.close')}
      </button>
    </section>
  );
}
