// The receiving screen's engine: scans, undo and finishing go through one queue and are handled
// one after another against the latest state (base lines plus waiting ops), so none is dropped
// or judged on stale numbers. Each receive is in the outbox before its tone.
import type { FinishChoice } from './FinishSummary.tsx';
import { scanHistory } from './scan-history.ts';
import { useEffect, useRef, useState } from 'react';
import type { ScanRecord } from '#core/ops/envelope.ts';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { db } from '../../db/database.ts';
import { recordOp } from '../../db/outbox.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import type { ShelfLifeVerdict } from '#core/goods/shelf-life.ts';
import {
  decideShelfLife,
  goodMode,
  onReceiveScan,
  settle,
  type Held,
  type Mode,
  type Outcome,
  type ReceiveScan,
} from './receive-flow.ts';
import {
  deliveryUnits,
  ensureArrival,
  keepHeld,
  quarantineLocation,
  receiptPath,
  receiptState,
} from './receiving-data.ts';
import { findingWords, recordedWords } from './receive-words.ts';
import { decisionParams, decisionTitle } from './shelf-words.ts';
import { useLatest } from './use-latest.ts';
import { failureText } from '../../feedback/failure-text.ts';

export type Notice = { kind: 'ok' | 'warn' | 'err'; text: string } | null;

export function useReceiving(number: string) {
  const t = useT();
  const [mode, setMode, modeRef] = useLatest<Mode>(goodMode);
  const [multiplier, setMultiplier, multRef] = useLatest(1);
  const [held, setHeldView, heldRef] = useLatest<Held | null>(null);
  const setHeld = (h: Held | null) => {
    setHeldView(h);
    void keepHeld(number, h);
  };
  // A scan held when the app was closed or reloaded comes back.
  useEffect(() => {
    void db.receiptArrivals.get(number).then((a) => {
      if (a?.held && !heldRef.current) setHeldView(a.held as Held);
    });
  }, [number, heldRef, setHeldView]);
  const [notice, setNotice] = useState<Notice>(null);
  /** An expired or short-dated lot waiting for the receiver's decision (R9). */
  const [decision, setDecision] = useState<ShelfLifeVerdict | null>(null);
  const scans = useRef<ScanRecord[]>([]);
  const queue = useRef(Promise.resolve());

  const say = (kind: 'success' | 'warning' | 'error', text: string) => {
    feedback(kind, text);
    setNotice({ kind: kind === 'success' ? 'ok' : kind === 'warning' ? 'warn' : 'err', text });
  };
  const failed = (err: unknown) => say('error', failureText(t, err));
  const enqueue = (job: () => Promise<void>) => {
    queue.current = queue.current.then(job).catch(failed);
  };

  const flowState = async () => {
    const st = await receiptState(number);
    if (!st) throw new Error(t('receive.unknownReceipt', { text: number }));
    return {
      ...st,
      quarantine: await quarantineLocation(),
      mode: modeRef.current,
      multiplier: multRef.current,
      held: heldRef.current,
    };
  };

  const apply = async (outcome: Outcome) => {
    switch (outcome.kind) {
      case 'reject':
        return say('error', t(outcome.message, outcome.params));
      case 'decide':
        setHeld(outcome.held);
        setDecision(outcome.verdict);
        setNotice(null);
        return feedback(
          'warning',
          t(decisionTitle(outcome.verdict), decisionParams(outcome.verdict)),
        );
      case 'refuse': {
        const delivery = await ensureArrival(number);
        await recordOp('receive.refuse', 1, {
          ...outcome.facts,
          delivery,
          scans: scans.current.slice(-10),
        });
        scans.current = [];
        setHeld(null);
        setDecision(null);
        return say(
          'warning',
          t('goods.refused', { qty: outcome.facts.qty, sku: outcome.facts.sku }),
        );
      }
      case 'hold':
        // The prompt card says what is needed; the flash and tone say "look here".
        setHeld(outcome.held);
        setDecision(null);
        setNotice(null);
        return feedback('warning', t(outcome.message));
      case 'open':
        feedback('success', outcome.receipt.number);
        return navigate(receiptPath(outcome.receipt.number));
      case 'record': {
        const delivery = await ensureArrival(number);
        const { facts } = outcome;
        await recordOp('receive.item', 1, {
          ...facts,
          delivery,
          note: '',
          scans: scans.current.slice(-10),
        });
        scans.current = [];
        setHeld(null);
        setDecision(null);
        setMultiplier(1);
        const receipt = await db.receipts.get(number);
        // A damaged unit in a purchase is one scan; a return's inspection outcome stays chosen.
        if (facts.condition !== 'good' && receipt?.type !== 'return') setMode(goodMode);
        const done = recordedWords(facts, t);
        const warn = findingWords(outcome.findings, t);
        return warn.length || facts.condition !== 'good'
          ? say('warning', [done, ...warn].join('. '))
          : say('success', done);
      }
    }
  };

  useScanHandler((scan) =>
    enqueue(async () => {
      scans.current.push({ text: scan.text.slice(0, 200), source: scan.source });
      const r = await resolveScan(scan.text, scan.symbology);
      const receipt =
        r.kind === 'document' && r.type === 'receipt' ? await db.receipts.get(r.id) : undefined;
      const resolved: ReceiveScan = receipt ? { kind: 'receipt', receipt, text: r.text } : r;
      await apply(onReceiveScan(await flowState(), resolved));
    }),
  );

  return {
    mode,
    multiplier,
    held,
    notice,
    setMode: (m: Mode) => setMode(m),
    setMultiplier: (n: number) => setMultiplier(Math.max(1, Math.trunc(n) || 1)),
    /** Lot, expiry or serial typed into the prompt. */
    saveHeld: (patch: Partial<Held>) =>
      enqueue(async () => {
        const current = heldRef.current;
        if (current) await apply(settle(await flowState(), { ...current, ...patch }));
      }),
    decision,
    /** Expired or short-dated: into quarantine, or refused (R9). */
    decide: (choice: 'quarantine' | 'refuse') =>
      enqueue(async () => {
        const current = heldRef.current;
        if (!current) return;
        const st = await flowState();
        if (choice === 'quarantine' && !st.quarantine)
          return say('error', t('receive.noQuarantine'));
        await apply(decideShelfLife(st, current, choice));
      }),
    cancelHeld: () => {
      setHeld(null);
      setDecision(null);
      scans.current = [];
      setNotice(null);
    },
    /** Takes back one scan (the worker confirmed it by name) with a compensating op. */
    undo: (opId: string) =>
      enqueue(async () => {
        const entry = (await scanHistory(number)).find((h) => h.op.opId === opId);
        if (!entry || entry.undone) return say('error', t('receive.nothingToUndo'));
        const p = entry.op.payload as Record<string, unknown>;
        await recordOp('receive.undo', 1, {
          receipt: p['receipt'],
          delivery: p['delivery'],
          line: p['line'],
          sku: p['sku'],
          qty: p['qty'],
          lot: p['lot'],
          expiry: p['expiry'],
          serials: p['serials'],
          condition: p['condition'],
          location: p['location'],
          undoes: opId,
        });
        say('success', t('receive.undone', { qty: String(p['qty']), sku: String(p['sku']) }));
      }),
    /** An item not on the receipt was sent instead of one of its lines. */
    markWrongItem: (sku: string, insteadOfLine: number) =>
      enqueue(async () => {
        await recordOp('receive.wrong_item', 1, { receipt: number, sku, insteadOfLine });
        say('warning', t('receive.wrongItemDone', { sku, line: insteadOfLine }));
      }),
    /** Whether the summary may be shown: a scan waiting for its lot or serial comes first. */
    canFinish: (): boolean => {
      if (!heldRef.current) return true;
      say('error', t('receive.finishHeld', { sku: heldRef.current.item.sku }));
      return false;
    },
    /** Ends the arrival as the worker chose on the summary (R13). */
    finish: (choice: FinishChoice) =>
      enqueue(async () => {
        if (heldRef.current)
          return say('error', t('receive.finishHeld', { sku: heldRef.current.item.sku }));
        const arrival = await db.receiptArrivals.get(number);
        const units = arrival ? await deliveryUnits(number, arrival.delivery) : 0;
        const reason = choice.kind === 'finish' ? null : choice.reason.trim();
        // The finish op carries the ask; an arrival with no units still sends it when asked.
        if (arrival && (units !== 0 || choice.kind === 'ask'))
          await recordOp('receive.finish', 1, {
            receipt: number,
            delivery: arrival.delivery,
            askCloseShort: choice.kind === 'ask' ? reason : null,
          });
        if (choice.kind === 'close')
          await recordOp('receive.close', 1, { receipt: number, reason });
        await db.receiptArrivals.delete(number);
        const words = { units, receipt: number };
        feedback(
          'success',
          choice.kind === 'ask'
            ? t('finish.asked', words)
            : choice.kind === 'close'
              ? t('finish.closed', words)
              : t('receive.finished', words),
        );
        navigate('/receive');
      }),
  };
}
