// Undo names what it takes back before it does (finding M3): "Undo this scan? Damaged 1 ×
// SKU-10003 → QUAR-1". Nothing is recorded until the receiver says yes.
import { useT } from '../../app/use-t.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { scanWords } from './scan-history.ts';

export function UndoConfirm(props: { op: OutboxOp; onConfirm: () => void; onKeep: () => void }) {
  const t = useT();
  return (
    <section className="card confirm warn" data-testid="undo-confirm" role="alertdialog">
      <p data-testid="undo-what">{t('undo.ask', { what: scanWords(props.op, t) })}</p>
      {(props.op.exceptions?.length ?? 0) > 0 && <p className="sub">{t('undo.told')}</p>}
      <div className="row actions">
        <button className="btn warn-on big" data-testid="undo-yes" onClick={props.onConfirm}>
          {t('undo.confirm')}
        </button>
        <button className="btn big" data-testid="undo-keep" onClick={props.onKeep}>
          {t('undo.keep')}
        </button>
      </div>
    </section>
  );
}
