// Move stock: scan from, scan item, confirm quantity, scan to. The move is saved on the device
// before the success tone and synced when there is a network.
import { useRef, useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { QtyStepper } from '../../components/QtyStepper.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { recordOp } from '../../db/outbox.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanExpectation } from '../../scan/expectation.ts';
import { useScanHandler, type ScanEvent } from '../../scan/scanner.ts';
import { useScanSession } from '../../scan/use-scan-session.ts';
import { NoticeLine } from '../../components/NoticeLine.tsx';
import { heldLots, locationStock } from '../stock-hooks.ts';
import { initialMove, movePayload, onScan, releasePayload, type MoveState } from './move-flow.ts';
import { ReleaseConfirm } from './ReleaseConfirm.tsx';
import { useSession } from '../../app/session.ts';
import { hasAnyRole } from '#core/roles.ts';
import { releaseRoles } from '#core/goods/quarantine.ts';
import type { Location } from '#core/entities.ts';
import { MoveSteps } from './MoveSteps.tsx';
import { OverBookConfirm, type OverBook } from '../../components/OverBookConfirm.tsx';

export function MoveScreen() {
  const t = useT();
  const [state, setStateView] = useState<MoveState>(initialMove);
  // A move of more than the book has at the from-location, waiting for the worker's answer.
  const [asking, setAsking] = useState<(OverBook & { state: MoveState; to: Location }) | null>(
    null,
  );
  // A release out of quarantine (Q1) waiting for the supervisor's reason.
  const [releasing, setReleasing] = useState<{ state: MoveState; to: Location } | null>(null);
  const session = useSession();
  const mayRelease = hasAnyRole(session?.user.roles ?? [], releaseRoles);
  const scans = useRef<{ text: string; source: ScanEvent['source'] }[]>([]);
  const current = useRef(state);
  const setState = (s: MoveState) => {
    current.current = s;
    setStateView(s);
  };
  const { notice, say, enqueue, clearNotice } = useScanSession();

  // The book at the from-location is read when the item is scanned, so recording the move
  // (and its tone) never waits for it.
  const bookAtFrom = useRef<Promise<number>>(Promise.resolve(Infinity));
  const readBook = (s: MoveState) => {
    bookAtFrom.current = locationStock(s.from!.code).then((rows) =>
      rows.filter((x) => x.sku === s.item!.sku).reduce((n, x) => n + x.qty, 0),
    );
    // Said at the item scan, not only after the move: the item may be on another shelf.
    void bookAtFrom.current.then((book) => {
      if (book < s.qty && current.current.item?.sku === s.item!.sku)
        say('warning', t('overBook.atScan', { book, sku: s.item!.sku, location: s.from!.code }));
    });
  };

  const record = async (s: MoveState, to: Location, confirmed = false) => {
    const book = await bookAtFrom.current;
    if (s.qty > book && !confirmed) {
      const ask = { sku: s.item!.sku, location: s.from!.code, qty: s.qty, book };
      feedback('warning', t('overBook.flash', ask));
      setAsking({ ...ask, state: s, to });
      return;
    }
    setAsking(null);
    await recordOp('stock.move', 1, movePayload(s, to, scans.current));
    scans.current = [];
    setState(initialMove);
    const done = t('move.done', { qty: s.qty, sku: s.item!.sku, to: to.code });
    if (s.qty > book)
      say('warning', `${done}. ${t('move.overBook', { book, location: s.from!.code })}`);
    else say('success', done);
  };

  const release = async (s: MoveState, to: Location, reason: string) => {
    setReleasing(null);
    await recordOp('stock.release', 1, releasePayload(s, to, scans.current, reason));
    scans.current = [];
    setState(initialMove);
    say('success', t('release.done', { qty: s.qty, sku: s.item!.sku, to: to.code }));
  };

  const apply = async (outcome: ReturnType<typeof onScan>, text: string) => {
    // A scan answers an open question by starting over from it: nothing is recorded unasked.
    setAsking(null);
    setReleasing(null);
    if (outcome.kind === 'reject') {
      say('error', t(outcome.message, outcome.params));
    } else if (outcome.kind === 'release') {
      const words = { sku: outcome.state.item!.sku, from: outcome.state.from!.code };
      if (!mayRelease) say('error', t('release.held', { ...words, to: outcome.to.code }));
      else {
        feedback('warning', text);
        setReleasing({ state: outcome.state, to: outcome.to });
      }
    } else if (outcome.kind === 'next') {
      const from = outcome.state.from;
      // Said at the from-scan: the worker learns of the hold before carrying anything.
      if (outcome.state.step === 'item' && from?.kind === 'quarantine' && !mayRelease)
        say('warning', t('release.atFrom', { location: from.code }));
      else {
        feedback('success', text);
        clearNotice();
      }
      if (outcome.state.step === 'qty' && current.current.step !== 'qty') readBook(outcome.state);
      setState(outcome.state);
    } else {
      await record(outcome.state, outcome.to);
    }
  };

  useScanExpectation(state.step === 'from' ? ['location'] : ['item', 'location']);
  useScanHandler((scan) =>
    enqueue(async () => {
      const resolved = await resolveScan(scan.text, scan.symbology);
      scans.current.push({ text: scan.text.slice(0, 200), source: scan.source });
      await apply(onScan(current.current, resolved, await heldLots()), scan.text);
    }),
  );

  const prompt =
    state.step === 'from'
      ? t('move.scanFrom')
      : state.step === 'item'
        ? t('move.scanItem')
        : t('move.scanTo');
  return (
    <AppShell
      title={t('move.title')}
      footer={
        <>
          {state.step !== 'from' && (
            <button className="btn" onClick={() => setState(initialMove)}>
              {t('move.restart')}
            </button>
          )}
          <ScanBar />
        </>
      }
    >
      <div className="prompt" data-testid="prompt">
        {prompt}
      </div>
      <NoticeLine notice={notice} />
      {asking && (
        <OverBookConfirm
          {...asking}
          onConfirm={() => {
            enqueue(() => record(asking.state, asking.to, true));
          }}
          onChange={() => {
            setAsking(null);
            clearNotice();
          }}
        />
      )}
      {releasing && (
        <ReleaseConfirm
          sku={releasing.state.item!.sku}
          from={releasing.state.from!.code}
          to={releasing.to.code}
          qty={releasing.state.qty}
          onConfirm={(reason) => enqueue(() => release(releasing.state, releasing.to, reason))}
          onCancel={() => {
            setReleasing(null);
            clearNotice();
          }}
        />
      )}
      <MoveSteps state={state} />
      {state.step === 'qty' && state.item && (
        <>
          <QtyStepper value={state.qty} onChange={(qty) => setState({ ...state, qty })} />
          {state.item.lotTracked && (
            <label className="field">
              {t('move.lotPrompt')}
              <input
                data-testid="lot-input"
                value={state.lot}
                onChange={(e) => setState({ ...state, lot: e.target.value })}
              />
            </label>
          )}
          {state.item.expiryTracked && (
            <label className="field">
              {t('move.expiryPrompt')}
              <input
                type="date"
                data-testid="expiry-input"
                value={state.expiry}
                onChange={(e) => setState({ ...state, expiry: e.target.value })}
              />
            </label>
          )}
        </>
      )}
    </AppShell>
  );
}
