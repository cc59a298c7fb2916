// An expired or short-dated lot at the dock (R9): the receiver decides, receive it into
// quarantine (the shelf life is the reason) or refuse it. Nothing is recorded until they choose.
import { useT } from '../../app/use-t.ts';
import type { ShelfLifeVerdict } from '#core/goods/shelf-life.ts';
import type { Held } from './receive-flow.ts';
import { decisionParams, decisionTitle } from './shelf-words.ts';

export function ShelfLifeDecision(props: {
  held: Held;
  verdict: ShelfLifeVerdict;
  onDecide: (choice: 'quarantine' | 'refuse') => void;
  onCancel: () => void;
}) {
  const t = useT();
  const { held, verdict } = props;
  return (
    <section className="card held decide" data-testid="shelf-decision" role="alertdialog">
      <h2 data-testid="shelf-title">{t(decisionTitle(verdict), decisionParams(verdict))}</h2>
      <p className="sub">
        {t('goods.decideWhat', { qty: held.qty, sku: held.item.sku, lot: held.lot || '—' })}
      </p>
      <p className="sub">{t('goods.decideTold')}</p>
      <div className="row">
        <button className="btn" data-testid="held-cancel" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
        <button className="btn" data-testid="shelf-refuse" onClick={() => props.onDecide('refuse')}>
          {t('goods.refuse')}
        </button>
        <button
          className="btn primary"
          data-testid="shelf-quarantine"
          onClick={() => props.onDecide('quarantine')}
        >
          {t('goods.toQuarantine')}
        </button>
      </div>
    </section>
  );
}
