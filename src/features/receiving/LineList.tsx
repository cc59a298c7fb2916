// The receipt's lines: expected against received, green when complete, amber when over or not
// on the receipt; damaged and scrapped units and serials shown under the item. An item not on
// the receipt can be marked as sent instead of one of its lines (a wrong item).
import { useState } from 'react';
import type { ReceiptLine } from '#core/receiving/entities.ts';
import { lineState } from '#core/receiving/progress.ts';
import { serialNotes } from './serial-notes.ts';
import { useT } from '../../app/use-t.ts';
import type { LocalItem } from '../../db/database.ts';

export function LineList(props: {
  lines: ReceiptLine[];
  items: Map<string, LocalItem>;
  tolerancePct: number;
  onWrongItem: (sku: string, insteadOfLine: number) => void;
}) {
  const t = useT();
  const [choosing, setChoosing] = useState<string | null>(null);
  const expected = props.lines.filter((l) => l.line !== null);
  return (
    <ul className="list rlines" data-testid="receipt-lines">
      {props.lines.map((l) => {
        const state = lineState(l, props.tolerancePct);
        const item = props.items.get(l.sku);
        const replaced = expected.find((e) => e.line === l.replacesLine);
        const notes = [
          l.lot && t('receive.lotExpected', { lot: l.lot }),
          l.expiry && t('receive.expiryExpected', { expiry: l.expiry }),
          l.damagedQty > 0 && t('receive.damagedCount', { qty: l.damagedQty }),
          l.scrapQty > 0 && t('receive.scrapCount', { qty: l.scrapQty }),
          ...serialNotes(l, t),
          replaced && t('receive.insteadOf', { line: replaced.line!, sku: replaced.sku }),
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
              {state === 'unexpected' && !replaced && l.receivedQty > 0 && (
                <button
                  className="link-btn"
                  data-testid="wrong-item"
                  onClick={() => setChoosing(choosing === l.key ? null : l.key)}
                >
                  {t('receive.wrongItem')}
                </button>
              )}
              {choosing === l.key && (
                <div className="choose-line" data-testid="wrong-item-lines">
                  <div className="sub">{t('receive.wrongItemPick')}</div>
                  {expected.map((e) => (
                    <button
                      key={e.key}
                      className="btn"
                      data-line={e.line}
                      onClick={() => {
                        setChoosing(null);
                        props.onWrongItem(l.sku, e.line!);
                      }}
                    >
                      {e.line} · {e.sku}
                    </button>
                  ))}
                </div>
              )}
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
