// Receipts in the console: open or closed receipts with progress, damage, who received, the
// dock's "close short" request and open exceptions; one receipt's lines, damage photos and
// exceptions on demand, and closing it short with a reason after the effect is shown
// (ReceiptDetail.tsx). Reloads whenever the console hears of new data.
import { useCallback, useEffect, useState } from 'react';
import { describeFailure } from '../../app/describe-failure.ts';
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { ConsoleConn } from './console-api.ts';
import * as D from './docs-api.ts';
import { dateTime } from './format.ts';
import { usePlural } from './plural.ts';
import { ReceiptDetail } from './ReceiptDetail.tsx';

const STATUSES = ['open', 'closed', 'all'] as const;

export function ReceiptsPanel(props: { conn: ConsoleConn; tick: unknown }) {
  const t = useT();
  const { lang } = useSettings();
  const plural = usePlural();
  const { conn } = props;
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('open');
  const [rows, setRows] = useState<D.ReceiptRow[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(() => {
    void D.getReceipts(conn, status).then(
      (r) => {
        setRows(r.receipts);
        setFailed(null);
      },
      (e: unknown) => setFailed(describeFailure(e, t)),
    );
  }, [conn, status, t]);
  useEffect(load, [load, props.tick]);

  return (
    <section className="card" data-testid="receipts-panel">
      <div className="row wrap panel-head">
        <h2>{t('console.tab.receipts')}</h2>
        <label className="inline-field">
          {t('console.rc.show')}
          <select
            data-testid="receipts-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`console.rc.filter.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && <p className="err-box">{failed}</p>}
      {rows && !rows.length && <p className="muted">{t('console.rc.empty')}</p>}
      {!rows && !failed && <p className="muted">{t('console.loading')}</p>}
      {rows && rows.length > 0 && (
        <div className="console-scroll">
          <table className="console-table doc-table">
            <thead>
              <tr>
                <th scope="col">{t('console.rc.number')}</th>
                <th scope="col">{t('console.rc.received')}</th>
                <th scope="col">{t('console.rc.who')}</th>
                <th scope="col">{t('console.rc.attention')}</th>
                <th scope="col">{t('console.dev.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.number} data-testid="receipt-row" data-number={r.number}>
                  <th scope="row">
                    <div className="mono">{r.number}</div>
                    <div className="sub">{r.supplier}</div>
                    <div className="sub">
                      {t(`console.rc.state.${r.status}` as MessageKey)} ·{' '}
                      {t('console.rc.due', { date: r.dueDate })}
                    </div>
                  </th>
                  <td data-testid="receipt-progress" data-label={t('console.rc.received')}>
                    <div className="num">
                      {r.received} / {plural('units', r.expected)}
                    </div>
                    <div className="bar" aria-hidden="true">
                      <span
                        style={{
                          width: `${Math.min(100, (100 * r.received) / Math.max(1, r.expected))}%`,
                        }}
                      />
                    </div>
                    {r.damaged > 0 && (
                      <div className="sub warn">
                        {t('console.rc.damaged', { units: plural('units', r.damaged) })}
                      </div>
                    )}
                    {r.extra > 0 && (
                      <div className="sub">
                        {t('console.rc.extra', { units: plural('units', r.extra) })}
                      </div>
                    )}
                  </td>
                  <td data-label={t('console.rc.who')}>
                    <div>{r.people.length ? r.people.join(', ') : t('console.p.nobody')}</div>
                    {r.lastAt !== null && <div className="sub">{dateTime(r.lastAt, lang)}</div>}
                  </td>
                  <td data-testid="receipt-attention" data-label={t('console.rc.attention')}>
                    {r.closeRequested !== null && (
                      <div className="warn-text">
                        {t('console.rc.asked', { reason: r.closeRequested })}
                      </div>
                    )}
                    {r.openExceptions > 0 && (
                      <div>{plural('openExceptions', r.openExceptions)}</div>
                    )}
                    {r.photos > 0 && <div className="sub">{plural('photos', r.photos)}</div>}
                    {r.closedAt !== null && (
                      <div className="sub">
                        {t('console.rc.closedBy', {
                          time: dateTime(r.closedAt, lang),
                          user: r.closedBy ?? t('console.x.someone'),
                          reason: r.closedReason ?? '',
                        })}
                      </div>
                    )}
                  </td>
                  <td>
                    <button
                      className="btn small"
                      data-testid="receipt-open"
                      aria-expanded={open === r.number}
                      aria-label={t('console.rc.detailsOf', { receipt: r.number })}
                      onClick={() => setOpen(open === r.number ? null : r.number)}
                    >
                      {open === r.number ? t('console.x.hide') : t('console.x.details')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <ReceiptDetail
          conn={conn}
          number={open}
          tick={props.tick}
          onClose={() => setOpen(null)}
          onDone={load}
        />
      )}
    </section>
  );
}
