// Resolving the selected exceptions with one reason (server/console/bulk.ts). Only actions that
// post no stock are offered; the effect is said before the explicit confirm, and the answer says
// how many were resolved and how many were left for their own decision.
import { useState } from 'react';
import { describeFailure } from '../../app/describe-failure.ts';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { api } from '../../sync/api.ts';
import type { ConsoleConn } from './console-api.ts';
import { usePlural } from './plural.ts';

const ACTIONS = ['acknowledge', 'keep-received'] as const;

export function BulkBar(props: {
  conn: ConsoleConn;
  ids: string[];
  onClear: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const plural = usePlural();
  const [action, setAction] = useState<(typeof ACTIONS)[number]>('acknowledge');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const bad = reason.trim().length < 3;
  const run = async () => {
    setTried(true);
    if (bad) return;
    setBusy(true);
    try {
      const wh = encodeURIComponent(props.conn.warehouseId);
      const r = await api<{ resolved: number; results: { ok: boolean }[] }>(
        `/api/console/warehouses/${wh}/exceptions/bulk`,
        { ids: props.ids, action, reason: reason.trim() },
        props.conn.token,
      );
      feedback(
        r.resolved === r.results.length ? 'success' : 'error',
        t('console.bulk.done', { ok: r.resolved, left: r.results.length - r.resolved }),
      );
      setReason('');
      setTried(false);
      props.onDone();
    } catch (e) {
      feedback('error', describeFailure(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <fieldset className="x-actions bulk-bar" data-testid="bulk-bar">
      <legend>{plural('selected', props.ids.length)}</legend>
      <label className="inline-field">
        {t('console.bulk.action')}
        <select
          data-testid="bulk-action"
          value={action}
          onChange={(e) => setAction(e.target.value as (typeof ACTIONS)[number])}
        >
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`console.bulk.as.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{t('console.bulk.effect')}</p>
      <label className="field">
        {t('console.x.reasonRequired')}
        <input
          data-testid="bulk-reason"
          value={reason}
          aria-invalid={tried && bad}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {tried && bad && (
        <p className="err-text" role="alert">
          {t('console.x.reasonNeeded')}
        </p>
      )}
      <div className="row wrap">
        <button
          className="btn primary"
          data-testid="bulk-confirm"
          disabled={busy}
          onClick={() => void run()}
        >
          {t('console.bulk.confirm', { what: plural('exceptionsN', props.ids.length) })}
        </button>
        <button className="btn" type="button" onClick={props.onClear}>
          {t('console.bulk.clear')}
        </button>
      </div>
    </fieldset>
  );
}
