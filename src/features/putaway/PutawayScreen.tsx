// Put away: what waits at the docks, each with a suggested location; scan the item, then the
// location it actually went into. Cross-dock sends it straight to an outbound location.
import { useRef, useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { QtyStepper } from '../../components/QtyStepper.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { useT } from '../../app/use-t.ts';
import { recordOp } from '../../db/outbox.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { useScanSession } from '../../scan/use-scan-session.ts';
import { NoticeLine } from '../../components/NoticeLine.tsx';
import type { ScanRecord } from '#core/ops/envelope.ts';
import { putawayView, usePutawayView, type TaskView } from './putaway-data.ts';
import { onPutawayScan, type PutOutcome } from './putaway-flow.ts';
import { OverBookConfirm, type OverBook } from '../../components/OverBookConfirm.tsx';
import { TaskList } from './TaskList.tsx';
import { useLatest } from '../receiving/use-latest.ts';
import '../receiving/receiving.css';
import { heldLots } from '../stock-hooks.ts';

type Recording = Extract<PutOutcome, { kind: 'record' }>;

export function PutawayScreen() {
  const t = useT();
  const [crossDock, setCrossDock, crossDockRef] = useLatest(false);
  const [selectedKey, setSelectedKey, selectedRef] = useLatest<string | null>(null);
  const [qty, setQty, qtyRef] = useLatest(0);
  const [dock, setDock, dockRef] = useLatest<string | null>(null);
  const { notice, say, enqueue, clearNotice } = useScanSession();
  // A putaway of more than waits at the dock, until the worker answers.
  const [asking, setAsking] = useState<(OverBook & { outcome: Recording }) | null>(null);
  const scans = useRef<ScanRecord[]>([]);
  const tasks = usePutawayView(crossDock);
  const visible = (tasks ?? []).filter((x) => !dock || x.from === dock);
  const selected = (tasks ?? []).find((x) => x.key === selectedKey) ?? null;

  const select = (task: TaskView) => {
    setSelectedKey(task.key);
    setQty(task.qty);
  };

  const record = async (outcome: Recording, confirmed: boolean) => {
    const f = outcome.facts;
    if (outcome.overDock && !confirmed) {
      const ask = { sku: f.sku, location: f.from, qty: f.qty, book: outcome.waiting };
      feedback('warning', t('overBook.flash', ask));
      setAsking({ ...ask, outcome });
      return;
    }
    setAsking(null);
    await recordOp('putaway.move', 1, { ...f, scans: scans.current.slice(-10) });
    scans.current = [];
    setSelectedKey(null);
    const done = t('putaway.done', { qty: f.qty, sku: f.sku, location: f.to });
    if (outcome.overDock) say('warning', `${done}. ${t('putaway.overDock', { location: f.from })}`);
    else say('success', done);
  };
  const selectedTask = (all: TaskView[]) => all.find((x) => x.key === selectedRef.current) ?? null;

  useScanHandler((scan) =>
    enqueue(async () => {
      // A scan answers an open question by starting over from it: nothing is recorded unasked.
      setAsking(null);
      scans.current.push({ text: scan.text.slice(0, 200), source: scan.source });
      const all = await putawayView(crossDockRef.current);
      const outcome = onPutawayScan(
        {
          tasks: all,
          selected: selectedTask(all),
          qty: qtyRef.current,
          crossDock: crossDockRef.current,
          dock: dockRef.current,
          holds: await heldLots(),
        },
        await resolveScan(scan.text, scan.symbology),
      );
      if (outcome.kind === 'reject') return say('error', t(outcome.message, outcome.params));
      if (outcome.kind === 'dock') {
        setDock(outcome.dock.code);
        return say('success', outcome.dock.code);
      }
      if (outcome.kind === 'select') {
        scans.current = scans.current.slice(-1);
        select(outcome.task);
        clearNotice();
        return feedback('success', `${outcome.task.sku} · ${outcome.task.qty}`);
      }
      await record(outcome, false);
    }),
  );

  return (
    <AppShell
      title={t('putaway.title')}
      footer={
        <>
          <div className="row actions">
            <button
              className={`btn${crossDock ? ' warn-on' : ''}`}
              aria-pressed={crossDock}
              data-testid="cross-dock"
              onClick={() => setCrossDock(!crossDock)}
            >
              {t('putaway.crossDock')}
            </button>
            {(selected || dock) && (
              <button
                className="btn"
                data-testid="putaway-clear"
                onClick={() => {
                  setSelectedKey(null);
                  setDock(null);
                  clearNotice();
                }}
              >
                {t('putaway.clear')}
              </button>
            )}
          </div>
          <ScanBar />
        </>
      }
    >
      <div className={`prompt${crossDock ? ' warn' : ''}`} data-testid="prompt">
        {selected ? t(crossDock ? 'putaway.scanOutbound' : 'putaway.scanTo') : t('putaway.prompt')}
      </div>
      <NoticeLine notice={notice} />
      {asking && (
        <OverBookConfirm
          {...asking}
          onConfirm={() => {
            enqueue(() => record(asking.outcome, true));
          }}
          onChange={() => {
            setAsking(null);
            clearNotice();
          }}
        />
      )}
      {selected && (
        <section className="card selected-task" data-testid="putaway-selected">
          <h2>
            {selected.sku}{' '}
            <span className="sub">{t('putaway.from', { location: selected.from })}</span>
          </h2>
          {selected.item && <p className="sub">{selected.item.description}</p>}
          {(selected.lot || selected.expiry) && (
            <p className="sub">
              {[
                selected.lot && `${t('common.lot')} ${selected.lot}`,
                selected.expiry && `${t('common.expiry')} ${selected.expiry}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          )}
          <div className="suggest" data-testid="suggestion">
            {selected.suggestion
              ? t('putaway.suggest', { location: selected.suggestion.code })
              : t('putaway.noSuggestion')}
          </div>
          <QtyStepper value={qty} onChange={setQty} />
        </section>
      )}
      {dock && <p className="sub">{t('putaway.atDock', { location: dock })}</p>}
      {tasks && !visible.length && <p className="muted">{t('putaway.none')}</p>}
      <TaskList tasks={visible} selectedKey={selectedKey} onSelect={select} />
    </AppShell>
  );
}
