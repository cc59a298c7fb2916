// The lines counted so far in a location: item, quantity (typed or stepped), lot and expiry for
// tracked items. For a count that is not blind, the book quantity is shown next to each item and
// book items not found yet are listed with 0.
import { countLineKey } from '#core/counting/rules.ts';
import type { Stock } from '#core/entities.ts';
import type { CountLine } from '#core/ops/counting.ts';
import { DraftText } from '../../components/DraftText.tsx';
import { QtyStepper } from '../../components/QtyStepper.tsx';
import { useT } from '../../app/use-t.ts';
import type { LocalItem } from '../../db/database.ts';

export function CountLines(props: {
  lines: CountLine[];
  items: ReadonlyMap<string, LocalItem>;
  /** null for a blind count: the book is never shown. */
  book: Stock[] | null;
  /**
   * A change to the line at `index`, applied by the screen to the latest saved draft. By place,
   * not by item and lot: the lot being typed is part of the line's key.
   */
  onEdit: (index: number, patch: Partial<CountLine>) => void;
  onRemove: (key: string) => void;
}) {
  const t = useT();
  const bookOf = (l: CountLine) =>
    (props.book ?? [])
      .filter((b) => countLineKey(b) === countLineKey(l))
      .reduce((n, b) => n + b.qty, 0);
  const notFound = (props.book ?? []).filter(
    (b) => !props.lines.some((l) => countLineKey(l) === countLineKey(b)),
  );
  return (
    <>
      <ul className="list count-lines" data-testid="count-lines">
        {props.lines.map((l, index) => {
          const k = countLineKey(l);
          const item = props.items.get(l.sku);
          return (
            <li key={index} className="count-line" data-testid="count-line" data-sku={l.sku}>
              <div className="count-line-head">
                <span>
                  <strong>{l.sku}</strong> <span className="sub">{item?.description}</span>
                </span>
                {props.book && (
                  <span className="sub" data-testid="count-book">
                    {t('count.book', { qty: bookOf(l) })}
                  </span>
                )}
                <button
                  className="count-remove"
                  aria-label={t('count.remove')}
                  onClick={() => props.onRemove(k)}
                >
                  ×
                </button>
              </div>
              <QtyStepper value={l.qty} onChange={(qty) => props.onEdit(index, { qty })} />
              {item?.lotTracked && (
                <label className="field">
                  {t('common.lot')}
                  <DraftText
                    data-testid="lot-input"
                    value={l.lot}
                    onValue={(lot) => props.onEdit(index, { lot })}
                  />
                </label>
              )}
              {item?.expiryTracked && (
                <label className="field">
                  {t('common.expiry')}
                  <input
                    type="date"
                    data-testid="expiry-input"
                    value={l.expiry}
                    onChange={(e) => props.onEdit(index, { expiry: e.target.value })}
                  />
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {notFound.length > 0 && (
        <div className="card muted" data-testid="count-not-found">
          {t('count.notFoundYet', {
            list: notFound.map((b) => `${b.sku} (${t('count.book', { qty: b.qty })})`).join(', '),
          })}
        </div>
      )}
    </>
  );
}
