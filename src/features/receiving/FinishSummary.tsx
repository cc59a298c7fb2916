// Asked before a delivery is finished (rule R13): every line that needs a word (short, over,
// damaged, scrapped, not on the receipt), whether the receipt is still short, and, when it is, a
// way to ask a supervisor to close it short with a reason (a supervisor may close it at once).
import { useState } from 'react';
import type { ReceiptLine } from '#core/receiving/entities.ts';
import { deliverySummary, type SummaryLine } from '#core/receiving/summary.ts';
import { useT, type T } from '../../app/use-t.ts';

export type FinishChoice =
  { kind: 'finish' } | { kind: 'ask'; reason: string } | { kind: 'close'; reason: string };

function lineWords(r: SummaryLine, t: T): string {
  const words = [
    r.state === 'unexpected'
      ? t('finish.lineExtra', { received: r.received })
      : r.short > 0
        ? t('finish.lineShort', { received: r.received, expected: r.expected, short: r.short })
        : r.over > 0
          ? t('finish.lineOver', { received: r.received, expected: r.expected, over: r.over })
          : `${r.received} / ${r.expected}`,
    r.damaged > 0 && t('finish.lineDamaged', { qty: r.damaged }),
    r.scrap > 0 && t('finish.lineScrap', { qty: r.scrap }),
  ];
  return words.filter(Boolean).join(' · ');
}

export function FinishSummary(props: {
  receipt: string;
  lines: readonly ReceiptLine[];
  tolerancePct: number;
  units: number;
  mayClose: boolean;
  onChoose: (c: FinishChoice) => void;
  onKeep: () => void;
}) {
  const t = useT();
  const s = deliverySummary(props.lines, props.tolerancePct);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonOk = reason.trim().length >= 3;
  const send = () => {
    setTried(true);
    if (reasonOk) props.onChoose({ kind: props.mayClose ? 'close' : 'ask', reason });
  };
  return (
    <section className="card confirm" data-testid="finish-summary" role="alertdialog">
      <h2 className="finish-title">{t('finish.title', { receipt: props.receipt })}</h2>
      <p className="sub" data-testid="finish-units">
        {t('finish.thisDelivery', { units: props.units })}
      </p>
      <p className={s.allArrived ? 'ok-text' : 'warn-text'} data-testid="finish-status">
        {s.allArrived
          ? t('finish.allArrived')
          : t('finish.stillShort', { lines: s.shortLines, units: s.shortUnits })}
      </p>
      {s.attention.length > 0 && (
        <ul className="list finish-lines" data-testid="finish-lines">
          {s.attention.map((r) => (
            <li key={`${r.line ?? '-'}|${r.sku}`} className={`rline ${r.state}`} data-sku={r.sku}>
              <span className="rline-sku">{r.sku}</span> <span>{lineWords(r, t)}</span>
            </li>
          ))}
        </ul>
      )}
      {s.completeCount > 0 && <p className="sub">{t('finish.complete', { n: s.completeCount })}</p>}
      {closing && (
        <>
          <label className="field">
            {t('finish.reason')}
            <input
              data-testid="finish-reason"
              value={reason}
              maxLength={200}
              aria-invalid={tried && !reasonOk}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {tried && !reasonOk && (
            <p className="notice err" role="alert" data-testid="finish-need-reason">
              {t('finish.needReason')}
            </p>
          )}
        </>
      )}
      <div className="row actions">
        {closing ? (
          <button className="btn warn-on big" data-testid="finish-send" onClick={send}>
            {t(props.mayClose ? 'finish.sendClose' : 'finish.sendAsk')}
          </button>
        ) : (
          <button
            className="btn primary big"
            data-testid="finish-confirm"
            onClick={() => props.onChoose({ kind: 'finish' })}
          >
            {t('finish.confirm')}
          </button>
        )}
        <button className="btn big" data-testid="finish-keep" onClick={props.onKeep}>
          {t('finish.keep')}
        </button>
      </div>
      {!s.allArrived && !closing && (
        <button
          className="link-btn"
          data-testid="finish-ask-close"
          onClick={() => setClosing(true)}
        >
          {t(props.mayClose ? 'finish.closeNow' : 'finish.askClose')}
        </button>
      )}
    </section>
  );
}
