// The floor's progress: open receipts, lists and count tasks with who is on them, lines per
// hour and labour per person and task, and the stock of an item or a location.
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import * as A from './console-api.ts';
import { LabourTable } from './LabourTable.tsx';
import { RatesChart } from './RatesChart.tsx';
import type { DocProgress, Progress } from './types.ts';

export function ProgressPanel({
  conn,
  progress,
}: {
  conn: A.ConsoleConn;
  progress: Progress | null;
}) {
  const t = useT();
  // Nothing is drawn until the figures arrive, in a box of the panel's usual height, so the
  // panel never grows under the supervisor's eyes (no layout shift).
  if (!progress)
    return (
      <div className="console-grid progress-wait" aria-busy="true">
        <p className="muted">{t('console.loading')}</p>
      </div>
    );
  return (
    <div className="console-grid">
      <DocList
        title={t('console.p.receipts')}
        empty={t('console.p.none')}
        docs={progress?.receipts}
        id="receipts-progress"
      />
      <DocList
        title={t('console.p.pickLists')}
        empty={t('console.p.noPickLists')}
        docs={progress?.pickLists}
        id="picklists-progress"
      />
      <DocList
        title={t('console.p.countTasks')}
        empty={t('console.p.noCountTasks')}
        docs={progress?.countTasks}
        id="counttasks-progress"
      />
      <section className="card">
        <RatesChart rates={progress.rates} />
      </section>
      <LabourTable rates={progress.rates} since={progress.since} />
      <StockLookup conn={conn} />
    </div>
  );
}

function DocList(props: {
  title: string;
  empty: string;
  docs: DocProgress[] | undefined;
  id: string;
}) {
  const t = useT();
  return (
    <section className="card">
      <h2>{props.title}</h2>
      {!props.docs?.length && <p className="muted">{props.empty}</p>}
      <ul className="doc-list" data-testid={props.id}>
        {props.docs?.map((r) => (
          <li key={r.number} data-number={r.number}>
            <div className="doc-head">
              <strong>{r.number}</strong>
              <span className="num">
                {r.done} / {r.total}
              </span>
            </div>
            <div className="bar">
              <span style={{ width: `${Math.min(100, (100 * r.done) / Math.max(1, r.total))}%` }} />
            </div>
            <div className="muted">
              {r.people.length
                ? t('console.p.people', { people: r.people.join(', ') })
                : t('console.p.nobody')}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StockLookup({ conn }: { conn: A.ConsoleConn }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [rows, setRows] = useState<Awaited<ReturnType<typeof A.getStock>>['stock'] | null>(null);
  const look = async () => {
    const c = code.trim();
    if (!c) return;
    // A code is tried as an item first, then as a location.
    const bySku = await A.getStock(conn, { sku: c });
    setRows(bySku.stock.length ? bySku.stock : (await A.getStock(conn, { location: c })).stock);
  };
  return (
    <section className="card">
      <h2>{t('console.p.stock')}</h2>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void look();
        }}
      >
        <input
          className="input"
          data-testid="stock-code"
          placeholder={t('console.p.stockPlaceholder')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button className="btn primary">{t('console.p.lookup')}</button>
      </form>
      {rows && !rows.length && <p className="muted">{t('console.p.noStock')}</p>}
      {rows && rows.length > 0 && (
        <table className="console-table" data-testid="stock-rows">
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.location}|${r.sku}|${r.lot}|${r.expiry}`}>
                <td className="mono">{r.location}</td>
                <td className="mono">{r.sku}</td>
                <td>{r.description}</td>
                <td>{[r.lot, r.expiry].filter(Boolean).join(' ')}</td>
                <td className="num">{r.qty}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
