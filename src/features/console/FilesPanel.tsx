// Master data and documents: upload items, locations and receipts (CSV or JSON) with every bad
// row listed; export stock, movements and exceptions as CSV.
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import * as A from './console-api.ts';

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
      </section>
    </div>
  );
}
