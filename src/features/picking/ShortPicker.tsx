// Closing the current line short: what was found is what was scanned; the picker says why the
// rest is missing with one big button.
import { shortReasons, type PickLine, type ShortReason } from '#core/picking/entities.ts';
import { useT } from '../../app/use-t.ts';

export function ShortPicker(props: {
  line: PickLine;
  onPick: (reason: ShortReason) => void;
  onCancel: () => void;
}) {
  const t = useT();
  return (
    <section className="card" data-testid="short-panel">
      <h2>{t('pick.shortTitle')}</h2>
      <p>{t('pick.shortFound', { picked: props.line.pickedQty, qty: props.line.qty })}</p>
      <div className="short-reasons">
        {shortReasons.map((r) => (
          <button
            key={r}
            className="btn warn-on"
            data-testid="short-reason"
            data-reason={r}
            onClick={() => props.onPick(r)}
          >
            {t(`pick.reason.${r}`)}
          </button>
        ))}
      </div>
      <button className="btn" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </section>
  );
}
