// Picking one list: the current line in route order (location → tote → item), progress, and
// the lines still to come. Scans drive everything, so the picker never has to touch the screen;
// "Short…" closes a line with what was found and why. A claim that lost says what to do.
import { NoticeLine } from '../../components/NoticeLine.tsx';
import { useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { useItems } from '../receiving/receiving-data.ts';
import { PickLineCard } from './PickLineCard.tsx';
import { PickTasks } from './PickTasks.tsx';
import { ShortPicker } from './ShortPicker.tsx';
import { LotReasonPicker } from './LotReasonPicker.tsx';
import { MorePanel } from './MorePanel.tsx';
import { usePicking } from './use-picking.ts';
import { usePickTasks } from './pick-data.ts';
import './picking.css';

const UPCOMING = 12;

export function PickScreen({ number }: { number: string }) {
  const t = useT();
  const p = usePicking(number);
  const view = p.view;
  const [shortOpen, setShortOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const items = useItems(view?.line ? [view.line.sku] : []);
  // K13: goods still in another picker's tote: the list is not ready to pack.
  const collecting = (usePickTasks(number) ?? []).some((x) => x.kind === 'collect');
  if (view === undefined) return null;
  if (view === null)
    return (
      <AppShell title={number}>
        <div className="notice err">{t('pick.unknownList', { text: number })}</div>
      </AppShell>
    );
  const { list, lines, progress, line } = view;
  const index = line ? lines.indexOf(line) : lines.length;
  const pct = progress.lines ? Math.round((progress.done / progress.lines) * 100) : 0;
  const working = !view.lost && !view.released && list.status !== 'complete';
  // Every open line is one this picker left for someone else: time to release the list.
  const onlyLeft = view.leftForOthers > 0 && progress.lines - progress.done === view.leftForOthers;
  return (
    <AppShell
      title={t('pick.title', { list: number })}
      footer={
        <>
          {line && working && (
            <div className="row actions">
              <button className="btn" data-testid="skip-button" onClick={() => p.skip()}>
                {t('pick.skipButton')}
              </button>
              <button
                className="btn"
                data-testid="short-button"
                onClick={() => setShortOpen(!shortOpen)}
              >
                {t('pick.shortButton')}
              </button>
              <button
                className="btn"
                data-testid="more-button"
                onClick={() => setMoreOpen(!moreOpen)}
              >
                {t('pick.moreButton')}
              </button>
            </div>
          )}
          <ScanBar />
        </>
      }
    >
      <PickTasks list={number} />
      {view.released && (
        <section className="card task lost" data-testid="released" role="alert">
          <h2>{t('pick.releasedTitle', { list: number })}</h2>
          <p>{t('pick.releasedBody', { by: view.releasedBy ?? '' })}</p>
        </section>
      )}
      <NoticeLine notice={p.notice} />
      <div className="pick-progress" data-testid="progress">
        <span>{t('pick.progress', { done: progress.done, lines: progress.lines })}</span>
        <span className="bar">
          <span style={{ width: `${pct}%` }} />
        </span>
      </div>
      {line && shortOpen && (
        <ShortPicker
          line={line}
          onCancel={() => setShortOpen(false)}
          onPick={(r) => {
            setShortOpen(false);
            p.short(r);
          }}
        />
      )}
      {line && working && moreOpen && (
        <MorePanel
          list={number}
          canDefer={line.deferReason === null}
          onCancel={() => setMoreOpen(false)}
          onDefer={(r) => {
            setMoreOpen(false);
            p.defer(r);
          }}
          onRelease={() => {
            setMoreOpen(false);
            p.release();
          }}
        />
      )}
      {line && working && onlyLeft && (
        <section className="card task" data-testid="only-left">
          <p>{t('pick.onlyLeft', { count: view.leftForOthers })}</p>
          <button className="btn primary" onClick={() => setMoreOpen(true)}>
            {t('pick.releaseTitle')}
          </button>
        </section>
      )}
      {line && working && p.progress.lotAsk?.key === line.key && (
        <LotReasonPicker
          ask={p.progress.lotAsk}
          onPick={(r) => p.lotReason(r)}
          onCancel={() => p.lotCancel()}
        />
      )}
      {line && !view.lost && (
        <PickLineCard
          line={line}
          index={index}
          total={lines.length}
          item={items.get(line.sku)}
          face={view.face}
          progress={p.progress}
        />
      )}
      {/* A phone whose claim lost is not sent to packing: its cards say what to do instead. */}
      {!line && !view.lost && (
        <section className="card" data-testid="pick-complete">
          <h2>{t('pick.completeTitle')}</h2>
          <p>
            {t('pick.complete', {
              list: list.number,
              picked: progress.picked,
              units: progress.units,
              short: progress.short,
            })}
          </p>
          {collecting ? (
            <p data-testid="not-ready">
              <strong>{t('pick.notReady', { list: list.number })}</strong>
            </p>
          ) : (
            <p>{t('pick.takeTo')}</p>
          )}
          <button className="btn primary" onClick={() => navigate('/pick')}>
            {t('pick.backToLists')}
          </button>
        </section>
      )}
      <ul className="list pick-lines" data-testid="pick-lines">
        {/* The route ahead, not all of it: a 500-line list must not slow every scan. */}
        {lines.slice(Math.max(0, index - 1), index + UPCOMING).map((l) => (
          <li
            key={l.key}
            className={`pick-line-row ${l.status}${l === line ? ' current' : ''}`}
            data-testid="pick-line"
            data-status={l.status}
          >
            <span className="loc">{l.location}</span>
            <span className="ellipsis">{l.sku}</span>
            {l.tote && <span className="sub">{l.tote}</span>}
            <span className="qty">
              {l.status === 'short' && <span className="tag warn">{t('pick.shortTag')}</span>}
              {l.pickedQty}/{l.qty}
            </span>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
