// Stock rows as a list: by item (in a location) or by location (of an item), with a total.
import type { Stock } from '#core/entities.ts';
import { useT } from '../../app/use-t.ts';

export function StockList({
  rows,
  show,
  empty,
}: {
  rows: Stock[];
  show: 'item' | 'location';
  empty: string;
}) {
  const t = useT();
  if (!rows.length) return <p className="muted">{empty}</p>;
  const sorted = [...rows].sort((a, b) =>
    show === 'item' ? a.sku.localeCompare(b.sku) : a.location.localeCompare(b.location),
  );
  const total = rows.reduce((n, r) => n + r.qty, 0);
  return (
    <>
      <ul className="list" data-testid="stock-list">
        {sorted.map((r) => (
          <li key={r.key} data-testid="stock-row" data-key={r.key}>
            <div>
              <div>{show === 'item' ? r.sku : r.location}</div>
              {(r.lot || r.expiry) && (
                <div className="sub">
                  {r.lot && `${t('common.lot')} ${r.lot}`}{' '}
                  {r.expiry && `${t('common.expiry')} ${r.expiry}`}
                </div>
              )}
            </div>
            <span className="qty" data-testid="stock-qty">
              {r.qty}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('lookup.total', { qty: total })}</p>
    </>
  );
}
