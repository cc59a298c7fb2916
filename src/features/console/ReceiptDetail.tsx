// One receipt in the console: its lines (expected, received, damaged, scrapped), the damage
// photos from the dock, its exceptions, and "close short": the effect is spelled out first
// (which lines are still short and go to purchasing as receive.short) and nothing happens until
// the supervisor gives a reason and confirms.
import { useEffect, useState } from 'react';
import { describeFailure } from '../../app/describe-failure.ts';
import { useSettings } from '../../app/settings.ts';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import type { ConsoleConn } from './console-api.ts';
import { kindIcon, kindWords } from './describe-exception.ts';
import * as D from './docs-api.ts';
import { dateTime } from './format.ts';
import { PhotoThumb } from './PhotoThumb.tsx';

export function ReceiptDetail(props: {
  conn: ConsoleConn;
  number: string;
  tick: unknown;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const { lang } = useSettings();
  const { conn, number } = props;
  const [d, setD] = useState<D.ReceiptDetailData | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void D.getReceipt(conn, number).then(setD, (e: unknown) => setFailed(describeFailure(e, t)));
  }, [conn, number, props.tick, t]);

  if (failed) return <p className="err-box">{failed}</p>;
  if (!d) return <p className="muted">{t('console.loading')}</p>;
  const closed = d.receipt.status === 'closed';
  const asked = d.exceptions.find(
    (x) => x.kind === 'receive.close_requested' && x.status === 'open',
  );
  const tooShort = reason.trim().length < 3;
  const shortWords = d.short
    .map((s) =>
      t('console.xs.shortLine', { sku: s.sku, received: s.received, expected: s.expected }),
    )
    .join(', ');

  const close = async () => {
    setTried(true);
    if (tooShort) return;
    setBusy(true);
    try {
      await D.closeShort(conn, number, reason.trim());
      feedback('success', t('console.rc.closedDone', { receipt: number }));
      props.onDone();
    } catch (e) {
      feedback('error', describeFailure(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="doc-detail" data-testid="receipt-detail" aria-label={number}>
      <div className="row wrap panel-head">
        <h3>
          {t('console.rc.number')} <span className="mono">{number}</span> · {d.receipt.supplier}
        </h3>
        <button className="btn small" onClick={props.onClose}>
          {t('console.x.hide')}
        </button>
      </div>
      <div className="console-scroll">
        <table className="console-table" data-testid="receipt-lines">
          <thead>
            <tr>
              <th scope="col">{t('console.fact.line')}</th>
              <th scope="col">{t('console.fact.sku')}</th>
              <th scope="col" className="num">
                {t('console.fact.expected')}
              </th>
              <th scope="col" className="num">
                {t('console.fact.received')}
              </th>
              <th scope="col" className="num">
                {t('console.rc.damagedCol')}
              </th>
              <th scope="col" className="num">
                {t('console.rc.scrapCol')}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.lines.map((l) => (
              <tr key={l.key} className={l.receivedQty < l.expectedQty ? 'short-row' : ''}>
                <td>{l.line ?? t('console.rc.notOnReceipt')}</td>
                <td className="mono">{l.sku}</td>
                <td className="num">{l.line === null ? '' : l.expectedQty}</td>
                <td className="num">{l.receivedQty}</td>
                <td className="num">{l.damagedQty || ''}</td>
                <td className="num">{l.scrapQty || ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {d.photos.length > 0 && (
        <>
          <h4>{t('console.rc.photosTitle')}</h4>
          <div className="photo-row" data-testid="receipt-photos">
            {d.photos.map((p) => (
              <PhotoThumb
                key={p.id}
                conn={conn}
                id={p.id}
                alt={t('console.rc.photoAlt', { sku: p.sku, time: dateTime(p.at, lang) })}
              />
            ))}
          </div>
        </>
      )}

      {d.exceptions.length > 0 && (
        <>
          <h4>{t('console.rc.exceptions')}</h4>
          <ul className="plain-list" data-testid="receipt-exceptions">
            {d.exceptions.map((x) => (
              <li key={x.id}>
                <span aria-hidden="true">{kindIcon(x.kind)}</span> {kindWords(t, x.kind)} ·{' '}
                {dateTime(x.at, lang)} · {x.userName ?? t('console.x.someone')} ·{' '}
                {x.status === 'open' ? t('console.x.status.open') : t('console.x.status.resolved')}
              </li>
            ))}
          </ul>
        </>
      )}

      {closed ? (
        <p className="muted" data-testid="receipt-closed">
          {t('console.rc.alreadyClosed', {
            user: d.receipt.closedByName ?? t('console.x.someone'),
          })}
        </p>
      ) : (
        <fieldset className="x-actions" data-testid="receipt-close">
          <legend>{t('console.rc.closeTitle')}</legend>
          {asked && <p className="warn-text">{t('console.rc.askedShort')}</p>}
          <p data-testid="receipt-effect">
            {d.short.length
              ? t('console.rc.effect', { receipt: number, lines: shortWords })
              : t('console.rc.effectNone', { receipt: number })}
          </p>
          <label className="field">
            {t('console.x.reasonRequired')}
            <input
              data-testid="receipt-reason"
              value={reason}
              aria-invalid={tried && tooShort}
              aria-describedby={tried && tooShort ? 'receipt-reason-err' : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {tried && tooShort && (
            <p className="err-text" id="receipt-reason-err" role="alert">
              {t('console.x.reasonNeeded')}
            </p>
          )}
          <button
            className="btn primary"
            data-testid="receipt-confirm"
            disabled={busy}
            onClick={() => void close()}
          >
            {t('console.rc.confirm', { receipt: number })}
          </button>
        </fieldset>
      )}
    </section>
  );
}
