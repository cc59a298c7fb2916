// A lot that is not the one to take (K12): the picker says why with one big button, or puts
// it back and scans the lot the card names. An expired lot offers only the supervisor override.
import { pickerLotReasons, type LotReason } from '#core/picking/lots.ts';
import { useT } from '../../app/use-t.ts';
import type { LotAsk } from './pick-flow.ts';

export function LotReasonPicker(props: {
  ask: LotAsk;
  onPick: (reason: LotReason) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const reasons: readonly LotReason[] =
    props.ask.why === 'expired' ? ['expired_override'] : pickerLotReasons;
  return (
    <section className="card task" data-testid="lot-reason-panel" data-why={props.ask.why}>
      <h2>{t('pick.lotReasonTitle')}</h2>
      <div className="short-reasons">
        {reasons.map((r) => (
          <button
            key={r}
            className="btn warn-on"
            data-testid="lot-reason"
            data-reason={r}
            onClick={() => props.onPick(r)}
          >
            {t(`pick.lotReason.${r}`)}
          </button>
        ))}
      </div>
      <button className="btn" data-testid="lot-reason-cancel" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </section>
  );
}
