// The picker's ways out of a line or a list they cannot finish (K9, K10): leave the line for
// another picker with a reason, or release the whole list (picks stay, the rest is open).
import { useState } from 'react';
import { deferReasons, type DeferReason } from '#core/picking/entities.ts';
import { useT } from '../../app/use-t.ts';

export function MorePanel(props: {
  list: string;
  canDefer: boolean;
  onDefer: (reason: DeferReason) => void;
  onRelease: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [confirm, setConfirm] = useState(false);
  return (
    <section className="card" data-testid="more-panel">
      {props.canDefer && (
        <>
          <h2>{t('pick.deferTitle')}</h2>
          <div className="short-reasons">
            {deferReasons.map((r) => (
              <button
                key={r}
                className="btn"
                data-testid="defer-reason"
                data-reason={r}
                onClick={() => props.onDefer(r)}
              >
                {t(`pick.defer.${r}`)}
              </button>
            ))}
          </div>
        </>
      )}
      {confirm ? (
        <>
          <p>{t('pick.releaseConfirm', { list: props.list })}</p>
          <button className="btn warn-on" data-testid="release-confirm" onClick={props.onRelease}>
            {t('pick.releaseButton')}
          </button>
        </>
      ) : (
        <button className="btn" data-testid="release-button" onClick={() => setConfirm(true)}>
          {t('pick.releaseTitle')}
        </button>
      )}
      <button className="btn" onClick={props.onCancel}>
        {t('common.cancel')}
      </button>
    </section>
  );
}
