// Count tasks in the console: each task's progress (locations counted of all, moved during the
// count), who counts it, and variances still waiting (for a recount by someone else, or for a
// supervisor). One task's locations and variances on demand; a variance waiting for approval
// opens in the exceptions queue, whose actions post through the ledger with their effect shown.
import { useCallback, useEffect, useState } from 'react';
import { describeFailure } from '../../app/describe-failure.ts';
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { ConsoleConn } from './console-api.ts';
import { signed } from './describe-exception.ts';
import * as D from './docs-api.ts';
import { dateTime } from './format.ts';
import { usePlural } from './plural.ts';

const STATUSES = ['open', 'done', 'all'] as const;

export function CountTasksPanel(props: {
  conn: ConsoleConn;
  tick: unknown;
  /** Opens the exceptions queue on one variance's exception. */
  onDecide: (varianceId: string) => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  const plural = usePlural();
  const { conn } = props;
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('open');
  const [rows, setRows] = useState<D.CountTaskRow[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const load = useCallback(() => {
    void D.getCountTasks(conn, status).then(
      (r) => {
        setRows(r.tasks);
        setFailed(null);
      },
      (e: unknown) => setFailed(describeFailure(e, t)),
    );
  }, [conn, status, t]);
  useEffect(load, [load, props.tick]);

  return (
    <section className="card" data-testid="counttasks-panel">
      <div className="row wrap panel-head">
        <h2>{t('console.tab.counts')}</h2>
        <label className="inline-field">
          {t('console.rc.show')}
          <select
            data-testid="counttasks-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as (typeof STATUSES)[number])}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`console.ct.filter.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {failed && <p className="err-box">{failed}</p>}
      {rows && !rows.length && <p className="muted">{t('console.p.noCountTasks')}</p>}
      {!rows && !failed && <p className="muted">{t('console.loading')}</p>}
      {rows && rows.length > 0 && (
        <div className="console-scroll">
          <table className="console-table doc-table">
            <thead>
              <tr>
                <th scope="col">{t('console.ct.task')}</th>
                <th scope="col">{t('console.ct.progress')}</th>
                <th scope="col">{t('console.rc.who')}</th>
                <th scope="col">{t('console.ct.variances')}</th>
                <th scope="col">{t('console.dev.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="counttask-row" data-id={r.id}>
                  <th scope="row">
                    <div className="mono">{r.id}</div>
                    <div className="sub">
                      {t(`console.ct.kind.${r.kind === 'recount' ? 'recount' : 'cycle'}`)}
                      {r.blind ? ` · ${t('console.ct.blind')}` : ''}
                      {r.dueDate ? ` · ${t('console.ct.due', { date: r.dueDate })}` : ''}
                    </div>
                  </th>
                  <td data-testid="counttask-progress" data-label={t('console.ct.progress')}>
                    <div className="num">
                      {r.counted} / {plural('locations', r.locations)}
                    </div>
                    <div className="bar" aria-hidden="true">
                      <span
                        style={{
                          width: `${Math.min(100, (100 * r.counted) / Math.max(1, r.locations))}%`,
                        }}
                      />
                    </div>
                    {r.moved > 0 && (
                      <div className="sub warn">{t('console.ct.moved', { n: r.moved })}</div>
                    )}
                  </td>
                  <td data-label={t('console.rc.who')}>
                    <div>
                      {r.people.length
                        ? r.people.join(', ')
                        : r.assignedName
                          ? t('console.lists.assigned', { name: r.assignedName })
                          : t('console.p.nobody')}
                    </div>
                    {r.lastAt !== null && <div className="sub">{dateTime(r.lastAt, lang)}</div>}
                  </td>
                  <td data-testid="counttask-variances" data-label={t('console.ct.variances')}>
                    {r.approval > 0 && (
                      <div className="warn-text">{t('console.ct.approval', { n: r.approval })}</div>
                    )}
                    {r.recount > 0 && <div>{t('console.ct.recount', { n: r.recount })}</div>}
                    {!r.approval && !r.recount && (
                      <span className="muted">{t('console.ct.noVariance')}</span>
                    )}
                  </td>
                  <td>
                    <button
                      className="btn small"
                      data-testid="counttask-open"
                      aria-expanded={open === r.id}
                      aria-label={t('console.ct.detailsOf', { task: r.id })}
                      onClick={() => setOpen(open === r.id ? null : r.id)}
                    >
                      {open === r.id ? t('console.x.hide') : t('console.x.details')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <CountTaskDetail
          conn={conn}
          id={open}
          tick={props.tick}
          onClose={() => setOpen(null)}
          onDecide={props.onDecide}
        />
      )}
    </section>
  );
}

function CountTaskDetail(props: {
  conn: ConsoleConn;
  id: string;
  tick: unknown;
  onClose: () => void;
  onDecide: (varianceId: string) => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  const { conn, id } = props;
  const [d, setD] = useState<D.CountTaskDetailData | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    void D.getCountTask(conn, id).then(setD, (e: unknown) => setFailed(describeFailure(e, t)));
  }, [conn, id, props.tick, t]);
  if (failed) return <p className="err-box">{failed}</p>;
  if (!d) return <p className="muted">{t('console.loading')}</p>;
  return (
    <section className="doc-detail" data-testid="counttask-detail" aria-label={id}>
      <div className="row wrap panel-head">
        <h3>
          {t('console.ct.task')} <span className="mono">{id}</span>
        </h3>
        <button className="btn small" onClick={props.onClose}>
          {t('console.x.hide')}
        </button>
      </div>
      {d.variances.length > 0 && (
        <>
          <h4>{t('console.ct.variances')}</h4>
          <ul className="plain-list" data-testid="counttask-variance-list">
            {d.variances.map((v) => (
              <li key={v.id} data-status={v.status}>
                <strong className="mono">{v.location}</strong>{' '}
                {v.lines
                  .filter((l) => l.delta !== 0)
                  .map((l) =>
                    t('console.xs.varianceLine', {
                      sku: l.sku,
                      delta: signed(l.delta),
                      book: l.book,
                      counted: l.counted,
                    }),
                  )
                  .join(', ')}{' '}
                · {t(`console.ct.vstate.${v.status}` as MessageKey)}
                {' · '}
                {t('console.ct.countedBy', {
                  user: v.countedBy ?? t('console.x.someone'),
                  recount: v.recountBy ?? '—',
                })}
                {v.status === 'approval' && (
                  <button
                    className="btn small inline-btn"
                    data-testid="counttask-decide"
                    onClick={() => props.onDecide(v.id)}
                  >
                    {t('console.ct.decide', { location: v.location })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="console-scroll">
        <table className="console-table" data-testid="counttask-locations">
          <thead>
            <tr>
              <th scope="col">{t('console.fact.location')}</th>
              <th scope="col">{t('console.x.col.status')}</th>
              <th scope="col">{t('console.ct.countedCol')}</th>
            </tr>
          </thead>
          <tbody>
            {d.locations.map((l) => (
              <tr key={l.location} className={l.status === 'moved' ? 'short-row' : ''}>
                <td className="mono">{l.location}</td>
                <td>{t(`console.ct.lstate.${l.status}` as MessageKey)}</td>
                <td>
                  {l.countedBy
                    ? `${l.countedBy}${l.countedAt ? `, ${dateTime(l.countedAt, lang)}` : ''}`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
