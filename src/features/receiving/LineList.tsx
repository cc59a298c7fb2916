// The receipt's lines: expected against received, green when complete, amber when over or not
// on the receipt; damaged and scrapped units and serials shown under the item.
import type { ReceiptLine } from '#core/receiving/entities.ts';
import { lineState } from '#core/receiving/progress.ts';
import { useT } from '../../app/use-t.ts';
import type { LocalItem } from '../../db/database.ts';

export function LineList(props: {
  lines: ReceiptLine[];
  items: Map<string, LocalItem>;
  tolerancePct: number;
}) {
  const t = useT();
  return (
    <ul className="list rlines" data-testid="receipt-lines">
      {props.lines.map((l) => {
        const state = lineState(l, props.tolerancePct);
        const item = props.items.get(l.sku);
        const notes = [
          l.lot && t('receive.lotExpected', { lot: l.lot }),
          l.expiry && t('receive.expiryExpected', { expiry: l.expiry }),
          l.damagedQty > 0 && t('receive.damagedCount', { qty: l.damagedQty }),
          l.scrapQty > 0 && t('receive.scrapCount', { qty: l.scrapQty }),
          l.serials.length > 0 &&
            t('receive.serialCount', { got: l.receivedSerials.length, of: l.serials.length }),
        ].filter(Boolean);
        return (
          <li
            key={l.key}
            className={`rline ${state}`}
            data-testid="receipt-line"
            data-key={l.key}
            data-state={state}
          >
            <div className="rline-main">
              <div className="rline-sku">
                {l.sku}
                {state === 'unexpected' && <span className="tag warn">{t('receive.extra')}</span>}
              </div>
              {item && <div className="sub ellipsis">{item.description}</div>}
              {notes.length > 0 && <div className="sub">{notes.join(' · ')}</div>}
            </div>
            <div className="rline-qty">
              <span className="got" data-testid="line-received">
                {l.receivedQty}
              </span>
              {state !== 'unexpected' && <span className="of">/{l.expectedQty}</span>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
