// Receiving one receipt: scan items without touching the screen; each scan counts against its
// line (a case counts the case), lines turn green when complete. Damaged units go to quarantine
// with a reason and a photo; a return records its inspection outcome. Undo takes back the last
// scan with a compensating op; "Finish delivery" shows the summary, then ends this arrival.
import { useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { QtyStepper } from '../../components/QtyStepper.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { useT } from '../../app/use-t.ts';
import { ConditionPicker } from './ConditionPicker.tsx';
import { HeldPrompt } from './HeldPrompt.tsx';
import { ShelfLifeDecision } from './ShelfLifeDecision.tsx';
import { LineList } from './LineList.tsx';
import { ReceiptHeader } from './ReceiptHeader.tsx';
import { useDeliveryUnits, useItems, useReceiptState } from './receiving-data.ts';
import { lastOfArrival, useScanHistory, type HistoryEntry } from './scan-history.ts';
import { ScanHistory } from './ScanHistory.tsx';
import { UndoConfirm } from './UndoConfirm.tsx';
import { FinishSummary } from './FinishSummary.tsx';
import { useSession } from '../../app/session.ts';
import { hasAnyRole } from '#core/roles.ts';
import { closingRoles } from '#core/ops/receiving.ts';
import { goodMode } from './receive-flow.ts';
import { useReceiving } from './use-receiving.ts';
import './receiving.css';

export function ReceiptScreen({ number }: { number: string }) {
  const t = useT();
  const view = useReceiptState(number);
  const r = useReceiving(number);
  const history = useScanHistory(number);
  const last = lastOfArrival(history);
  const [undoAsk, setUndoAsk] = useState<HistoryEntry | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [qtyOpen, setQtyOpen] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const units = useDeliveryUnits(number);
  const session = useSession();
  const items = useItems(view?.lines.map((l) => l.sku) ?? []);
  if (view === undefined) return null;
  if (view === null)
    return (
      <AppShell title={number}>
        <div className="notice err">{t('receive.unknownReceipt', { text: number })}</div>
      </AppShell>
    );
  const { receipt, lines } = view;
  const isReturn = receipt.type === 'return';
  const pickerOpen = isReturn || r.mode.condition !== 'good';
  const prompt =
    r.mode.condition === 'good'
      ? t('receive.scanItems')
      : t(r.mode.condition === 'damaged' ? 'receive.nextDamaged' : 'receive.nextScrap', {
          reason: r.mode.reason ? t(`receive.reason.${r.mode.reason}`) : '…',
        });
  // A purchase's damage is one scan at a time: the toggle arms it, recording disarms it.
  const toggleDamaged = () =>
    r.setMode(
      r.mode.condition === 'good' ? { condition: 'damaged', reason: null, photo: null } : goodMode,
    );
  return (
    <AppShell
      title={number}
      footer={
        <>
          {/* Hidden while the finish summary asks: its answer is the only thing to do. */}
          {!finishing && (
            <div className="row actions">
              <button
                className="btn"
                data-testid="undo"
                disabled={!last}
                onClick={() => setUndoAsk(last)}
              >
                {t('receive.undo')}
              </button>
              {!isReturn && (
                <button
                  className={`btn${r.mode.condition !== 'good' ? ' warn-on' : ''}`}
                  data-testid="damaged-toggle"
                  aria-pressed={r.mode.condition !== 'good'}
                  onClick={toggleDamaged}
                >
                  {r.mode.condition !== 'good'
                    ? t('receive.cancelDamaged')
                    : t('receive.damagedButton')}
                </button>
              )}
              <button
                className={`btn${r.multiplier > 1 ? ' warn-on' : ''}`}
                data-testid="qty-toggle"
                onClick={() => setQtyOpen(!qtyOpen)}
              >
                {t('receive.qtyButton', { n: r.multiplier })}
              </button>
            </div>
          )}
          <ScanBar />
        </>
      }
    >
      {r.notice && (
        <div className={`notice ${r.notice.kind}`} data-testid="notice" role="status">
          {r.notice.text}
        </div>
      )}
      {r.held && r.decision && (
        <ShelfLifeDecision
          held={r.held}
          verdict={r.decision}
          onDecide={r.decide}
          onCancel={r.cancelHeld}
        />
      )}
      {r.held && !r.decision && (
        <HeldPrompt
          key={`${r.held.item.sku}|${r.held.need.join()}`}
          held={r.held}
          onSave={r.saveHeld}
          onCancel={r.cancelHeld}
        />
      )}
      {undoAsk && (
        <UndoConfirm
          op={undoAsk.op}
          onConfirm={() => {
            r.undo(undoAsk.op.opId);
            setUndoAsk(null);
          }}
          onKeep={() => setUndoAsk(null)}
        />
      )}
      {historyOpen && !undoAsk ? (
        <ScanHistory
          receipt={number}
          history={history}
          onUndo={setUndoAsk}
          onClose={() => setHistoryOpen(false)}
        />
      ) : finishing ? (
        <FinishSummary
          receipt={number}
          lines={lines}
          tolerancePct={receipt.tolerancePct}
          units={units}
          mayClose={hasAnyRole(session?.user.roles ?? [], closingRoles)}
          onChoose={(choice) => {
            setFinishing(false);
            r.finish(choice);
          }}
          onKeep={() => setFinishing(false)}
        />
      ) : (
        <>
          <ReceiptHeader receipt={receipt} lines={lines} />
          {!r.held && (
            <div
              className={`prompt compact${r.mode.condition !== 'good' ? ' warn' : ''}`}
              data-testid="prompt"
            >
              {prompt}
            </div>
          )}
          {qtyOpen && (
            <section className="card" data-testid="qty-panel">
              <p className="sub">{t('receive.qtyPrompt')}</p>
              <QtyStepper value={r.multiplier} min={1} onChange={r.setMultiplier} />
              <button className="btn primary" onClick={() => setQtyOpen(false)}>
                {t('common.ok')}
              </button>
            </section>
          )}
          {pickerOpen && <ConditionPicker type={receipt.type} mode={r.mode} onChange={r.setMode} />}
          <LineList
            lines={lines}
            items={items}
            tolerancePct={receipt.tolerancePct}
            onWrongItem={r.markWrongItem}
          />
          <button
            className="btn"
            data-testid="finish"
            onClick={() => {
              if (r.canFinish()) setFinishing(true);
            }}
          >
            {t('receive.finish')}
          </button>
          <button
            className="link-btn"
            data-testid="history-open"
            onClick={() => setHistoryOpen(true)}
          >
            {t('history.open', { n: history.length })}
          </button>
        </>
      )}
    </AppShell>
  );
}
