// Asked before a quantity larger than the book at the source is recorded. The floor is the
// truth, so the worker can confirm (and the supervisor is told), but never by accident.
import { useT } from '../app/use-t.ts';

export interface OverBook {
  sku: string;
  location: string;
  qty: number;
  book: number;
}

export function OverBookConfirm(props: OverBook & { onConfirm: () => void; onChange: () => void }) {
  const t = useT();
  const { sku, location, qty, book } = props;
  return (
    <section className="card confirm warn" data-testid="over-book" role="alertdialog">
      <p>{t('overBook.ask', { sku, location, qty, book })}</p>
      <div className="row actions">
        <button
          className="btn warn-on big"
          data-testid="over-book-confirm"
          onClick={props.onConfirm}
        >
          {t('overBook.confirm', { qty })}
        </button>
        <button className="btn big" data-testid="over-book-change" onClick={props.onChange}>
          {t('overBook.change')}
        </button>
      </div>
    </section>
  );
}
