// The receipt at a glance: supplier, due date, type, units received of expected with a bar,
// what this device's open delivery holds, and why a closed receipt was closed.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Receipt, ReceiptLine } from '#core/receiving/entities.ts';
import { receiptTotals } from '#core/receiving/progress.ts';
import { useT } from '../../app/use-t.ts';
import { dueWords } from './due.ts';
import { deliveryUnits, useArrival } from './receiving-data.ts';

export function ReceiptHeader({ receipt, lines }: { receipt: Receipt; lines: ReceiptLine[] }) {
  const t = useT();
  const { expected, received } = receiptTotals(lines);
  const arrival = useArrival(receipt.number);
  const units = useLiveQuery(
    async () => (arrival ? deliveryUnits(receipt.number, arrival.delivery) : 0),
    [arrival, receipt.number],
  );
  const pct = expected ? Math.min(100, Math.round((received / expected) * 100)) : 0;
  return (
    <section className="card rhead" data-testid="receipt-header" data-status={receipt.status}>
      <div className="rhead-top">
        <span className="ellipsis">{receipt.supplier}</span>
        {receipt.type === 'return' && <span className="tag return">{t('receive.typeReturn')}</span>}
      </div>
      <div className="rhead-progress">
        <span className="sub">
          {dueWords(receipt.dueDate, t)}
          {arrival && (
            <span data-testid="arrival"> · {t('receive.arrival', { units: units ?? 0 })}</span>
          )}
        </span>
        <span className="qty" data-testid="receipt-progress">
          {t('receive.progress', { received, expected })}
        </span>
      </div>
      <div className="progress" aria-hidden>
        <div style={{ width: `${pct}%` }} />
      </div>
      {receipt.status === 'complete' && (
        <div className="sub ok-text" data-testid="receipt-complete">
          {t('receive.complete')}
        </div>
      )}
      {receipt.status === 'closed' && (
        <div className="notice warn">
          {t('receive.closedNotice', { reason: receipt.closedReason ?? '' })}
        </div>
      )}
    </section>
  );
}
