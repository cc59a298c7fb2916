// Master data and documents: upload items, locations, receipts, pick lists (CSV or JSON) and a
// count task with every bad row listed; download a template for each; export stock, movements
// (for a date range) and exceptions as CSV.
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import * as A from './console-api.ts';
import * as D from './docs-api.ts';
import { downloadTemplate } from './templates.ts';

const UPLOADS = [
  ['items', 'console.f.items'],
  ['locations', 'console.f.locations'],
  ['receipts', 'console.f.receipts'],
  ['pick-lists', 'console.f.pickLists'],
  ['count-tasks', 'console.f.countTask'],
] as const;

const EXPORTS = [
  ['stock.csv', 'console.f.stock'],
  ['movements.csv', 'console.f.movements'],
  ['exceptions.csv', 'console.f.exceptions'],
  ['count-results.csv', 'console.f.countResults'],
] as const;

export function FilesPanel({ conn }: { conn: A.ConsoleConn }) {
  const t = useT();
  const today = new Date().toISOString().slice(0, 10);
  const [from, setFrom] = useState(today);
  const [to, setTo] = useState(today);
  const [result, setResult] = useState<
    { ok: string } | { message: string; rows: A.RowError[] } | null
  >(null);
  const send = async (what: (typeof UPLOADS)[number][0], file: File | undefined) => {
    if (!file) return;
    const r = await A.upload(conn, what, file);
    if ('created' in r) {
      setResult({ ok: t('console.f.created', { id: r.created }) });
      feedback('success');
    } else if ('imported' in r) {
      setResult({ ok: t('console.f.imported', { count: r.imported }) });
      feedback('success');
    } else {
      setResult(r);
      feedback('error');
    }
  };
  return (
    <div className="console-grid">
      <section className="card">
        <h2>{t('console.f.upload')}</h2>
        <p className="muted">{t('console.f.uploadHint')}</p>
        <div className="row wrap">
          {UPLOADS.map(([what, label]) => (
            <label key={what} className="btn file-btn">
              {t(label)}
              <input
                type="file"
                data-testid={`upload-${what}`}
                accept=".csv,.json,text/csv,application/json"
                onChange={(e) => {
                  void send(what, e.target.files?.[0]);
                  e.target.value = '';
                }}
              />
            </label>
          ))}
        </div>
        <p className="muted">{t('console.tpl.hint')}</p>
        <div className="row wrap">
          {UPLOADS.map(([what, label]) => (
            <button
              key={what}
              className="btn small"
              data-testid={`template-${what}`}
              aria-label={t('console.tpl.for', { what: t(label) })}
              onClick={() => downloadTemplate(what)}
            >
              {t('console.tpl.for', { what: t(label) })}
            </button>
          ))}
        </div>
        {result && 'ok' in result && <p className="ok-text">{result.ok}</p>}
        {result && 'rows' in result && (
          <div className="err-box" data-testid="upload-errors">
            <p>{result.message}</p>
            <ul>
              {result.rows.map((r, i) => (
                <li key={i}>
                  {t('console.f.rowError', {
                    line: r.line,
                    field: r.field ?? '',
                    message: r.message,
                  })}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section className="card">
        <h2>{t('console.f.export')}</h2>
        <div className="row wrap">
          {EXPORTS.map(([name, label]) => (
            <button
              key={name}
              className="btn"
              data-testid={`export-${name}`}
              onClick={() =>
                void A.downloadCsv(conn, name).catch((e: unknown) =>
                  feedback('error', e instanceof Error ? e.message : String(e)),
                )
              }
            >
              {t(label)}
            </button>
          ))}
        </div>
        <form
          className="row wrap range-form"
          onSubmit={(e) => {
            e.preventDefault();
            // Whole days in the console's time zone: from the start of `from` to the end of `to`.
            const start = from ? new Date(`${from}T00:00:00`).getTime() : null;
            const end = to ? new Date(`${to}T00:00:00`).getTime() + 86_400_000 : null;
            void D.downloadMovements(conn, start, end).catch((err: unknown) =>
              feedback('error', err instanceof Error ? err.message : String(err)),
            );
          }}
        >
          <label className="inline-field">
            {t('console.range.from')}
            <input
              type="date"
              data-testid="range-from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label className="inline-field">
            {t('console.range.to')}
            <input
              type="date"
              data-testid="range-to"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </label>
          <button className="btn" data-testid="export-movements-range">
            {t('console.range.movements')}
          </button>
        </form>
      </section>
    </div>
  );
}
