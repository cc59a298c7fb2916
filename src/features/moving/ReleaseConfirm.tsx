// Asked when a supervisor moves stock out of quarantine (rule Q1): the release needs a reason,
// which the ledger keeps with the supervisor's name. Nothing is recorded until they confirm.
import { useState } from 'react';
import { useT } from '../../app/use-t.ts';

export interface Release {
  sku: string;
  from: string;
  to: string;
  qty: number;
}

export function ReleaseConfirm(
  props: Release & { onConfirm: (reason: string) => void; onCancel: () => void },
) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const { sku, from, to, qty } = props;
  const ok = reason.trim().length >= 3;
  const confirm = () => {
    setTried(true);
    if (ok) props.onConfirm(reason);
  };
  return (
    <section className="card confirm warn" data-testid="release" role="alertdialog">
      <p>{t('release.ask', { sku, from, to, qty })}</p>
      <label className="field">
        {t('release.reason')}
        <input
          data-testid="release-reason"
          value={reason}
          maxLength={200}
          aria-invalid={tried && !ok}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') confirm();
          }}
        />
      </label>
      {tried && !ok && (
        <p className="notice err" role="alert" data-testid="release-need-reason">
          {t('release.needReason')}
        </p>
      )}
      <div className="row actions">
        <button className="btn warn-on big" data-testid="release-confirm" onClick={confirm}>
          {t('release.confirm', { qty })}
        </button>
        <button className="btn big" data-testid="release-cancel" onClick={props.onCancel}>
          {t('release.cancel')}
        </button>
      </div>
    </section>
  );
}
