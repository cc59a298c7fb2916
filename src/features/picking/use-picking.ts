// The pick screen's engine: scans and short picks go through one queue and are handled one after
// another against the latest state (base lines plus waiting ops, held in memory), so none is
// dropped or judged on stale numbers. Each pick is in the outbox before its tone and before the
// next line shows; the list completes by itself when its last line closes.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { ScanRecord } from '#core/ops/envelope.ts';
import type { DeferReason, ShortReason } from '#core/picking/entities.ts';
import { allDone } from '#core/picking/progress.ts';
import { useT } from '../../app/use-t.ts';
import { recordOp } from '../../db/outbox.ts';
import type { OutboxOp } from '../../db/outbox-types.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { useScanSession } from '../../scan/use-scan-session.ts';
import { navigate } from '../../app/router.ts';
import { useLatest } from '../receiving/use-latest.ts';
import { openList } from './open-list.ts';
import type { LotReason } from '#core/picking/lots.ts';
import { hasAnyRole, Role } from '#core/roles.ts';
import { useSession } from '../../app/session.ts';
import { heldLots } from '../stock-hooks.ts';
import {
  freshProgress,
  onLotReason,
  onPickScan,
  type PickFacts,
  type PickOutcome,
  type Progress,
} from './pick-flow.ts';
import { loadPickBase, pickTasks } from './pick-data.ts';
import { loadSkipped, saveSkipped } from './skipped-lines.ts';
import { keepNewer, viewOf, withOp, type PickBase, type PickView } from './pick-memory.ts';

export type { Notice } from '../../scan/use-scan-session.ts';

export function usePicking(number: string) {
  const t = useT();
  const [progress, setProgress, progressRef] = useLatest<Progress>(freshProgress);
  const { notice, say, enqueue } = useScanSession();
  const session = useSession();
  // K12: a supervisor or admin may take an expired lot with an override.
  const office = hasAnyRole(session?.user.roles ?? [], [Role.supervisor, Role.admin]);
  const scans = useRef<ScanRecord[]>([]);
  // undefined while loading, null for a list the device does not have.
  const [view, setView] = useState<PickView | null | undefined>(undefined);
  const base = useRef<PickBase | null | undefined>(undefined);
  // Ops committed here that a load in flight may have missed, until a load has them.
  const recorded = useRef<OutboxOp[]>([]);
  // Lines skipped on this device for now: they come back at the end of the route (K10).
  const later = useRef<string[]>([]);
  // Whose skips `later` holds (picker and list), read from storage once per list (K10).
  const laterOf = useRef<string | null>(null);
  const recall = (b: PickBase | null | undefined) => {
    if (!b) return;
    const who = `${b.me.userId}|${b.list.number}`;
    if (laterOf.current === who) return;
    laterOf.current = who;
    later.current = loadSkipped(b.me.userId, b.list.number);
  };
  const choice = () => ({ later: later.current, focus: progressRef.current.focus });
  const show = (b: PickBase | null) => {
    recall(b);
    base.current = b;
    setView(b && viewOf(b, choice()));
  };
  const moveOn = (progress: Progress) => {
    setProgress(progress);
    if (base.current !== undefined) show(base.current);
  };
  const loaded = useLiveQuery(() => loadPickBase(number), [number]);
  useEffect(() => {
    if (loaded === undefined) return;
    if (loaded) recorded.current = recorded.current.filter((o) => o.seq >= loaded.nextSeq);
    show(loaded && keepNewer(loaded, recorded.current));
  }, [loaded]);
  /** Records an op and shows its effect at once, from memory (it is committed by then). */
  const commit = async (type: string, payload: unknown) => {
    const op = await recordOp(type, 1, payload);
    recorded.current.push(op);
    if (base.current) show(withOp(base.current, op));
  };

  const latest = async (): Promise<PickView> => {
    // Before the first load of this list (a scan right as the screen opens) read it once.
    if (base.current === undefined || (base.current && base.current.list.number !== number))
      base.current = await loadPickBase(number);
    if (!base.current) throw new Error(t('pick.unknownList', { text: number }));
    recall(base.current);
    return viewOf(base.current, choice());
  };

  /** After the last line closes: the list is handed over, without touching the screen. */
  const finishIfDone = async (v: PickView, done: string) => {
    if (v.lost || v.list.status === 'complete' || !allDone(v.lines)) return say('success', done);
    await commit('pick.complete', { list: number });
    const { picked, units, short } = v.progress;
    const words = t('pick.complete', { list: number, picked, units, short });
    // K13: another picker still has goods for it: not ready to pack, and the screen says so.
    const waiting = (await pickTasks(number)).some((x) => x.kind === 'collect');
    if (waiting) return say('warning', `${words} ${t('pick.notReady', { list: number })}`);
    say('success', words);
  };

  /** Says what a scan (or a lot reason) meant; a pick is in the outbox before its tone. */
  const settle = async (v: PickView, out: PickOutcome) => {
    if (out.kind === 'reject') {
      if (out.progress) moveOn(out.progress);
      scans.current = [];
      return say('error', t(out.message, out.params));
    }
    moveOn(out.progress);
    if (out.kind === 'step')
      return say(
        out.message === 'pick.scanLot' || out.progress.lotAsk ? 'warning' : 'success',
        t(out.message, out.params),
      );
    await recordPick(v, out.facts);
  };
  const recordPick = async (v: PickView, facts: PickFacts) => {
    await commit('pick.line', { ...facts, scans: scans.current.slice(-10) });
    if (progressRef.current.focus) moveOn({ ...progressRef.current, focus: null });
    scans.current = [];
    const after = await latest();
    const picked = t('pick.picked', { qty: facts.qty, sku: facts.sku });
    const lineDone = after.line?.key !== v.line?.key;
    await finishIfDone(
      after,
      lineDone && after.line
        ? `${picked}. ${t('pick.lineDone', { location: after.line.location })}`
        : picked,
    );
  };

  useScanHandler((scan) =>
    enqueue(async () => {
      scans.current.push({ text: scan.text.slice(0, 200), source: scan.source });
      const r = await resolveScan(scan.text, scan.symbology);
      if (r.kind === 'document' && r.type === 'pickList' && r.id !== number)
        return openList(r.id, t);
      const v = await latest();
      // This list's own barcode: a released or taken-over list is claimed again here.
      if (r.kind === 'document' && r.type === 'pickList' && (v.released || v.holderIsMe))
        return openList(r.id, t);
      if (v.released)
        return say('error', t('pick.releasedNoMore', { list: number, by: v.releasedBy ?? '' }));
      // K13: the loser scans the list at packing to confirm it handed the goods to the holder.
      if (r.kind === 'document' && r.type === 'pickList' && v.lost) {
        const lost = (await pickTasks(number)).find((x) => x.kind === 'lost');
        if (!lost?.handover?.open) return say('warning', t('pick.handoverNone', { list: number }));
        await commit('pick.handover', { list: number });
        scans.current = [];
        return say(
          'success',
          t('pick.handoverConfirmed', { list: number, holder: v.holder ?? '' }),
        );
      }
      const holds = await heldLots();
      await settle(v, onPickScan({ ...v, progress: progressRef.current, office, holds }, r));
    }),
  );

  return {
    // A list just switched to shows nothing until it is loaded.
    view: view && view.list.number !== number ? undefined : view,
    progress,
    notice,
    /** K12: why the picker takes the lot waiting for a reason; the pick is then recorded. */
    lotReason: (reason: LotReason) =>
      enqueue(async () => {
        const v = await latest();
        const holds = await heldLots();
        await settle(
          v,
          onLotReason({ ...v, progress: progressRef.current, office, holds }, reason),
        );
      }),
    /** The lot waiting for a reason is put back: the item scan is forgotten. */
    lotCancel: () =>
      enqueue(async () => {
        moveOn({ ...progressRef.current, held: null, lotAsk: null });
        return Promise.resolve();
      }),
    short: (reason: ShortReason) =>
      enqueue(async () => {
        const v = await latest();
        if (!v.line || v.lost) return;
        const { list, line, sku, location } = v.line;
        await commit('pick.short', { list, line, sku, location, reason });
        moveOn({ ...progressRef.current, held: null, lotAsk: null, focus: null });
        const text = t('pick.shortDone', { reason: t(`pick.reason.${reason}`), location });
        const after = await latest();
        if (!allDone(after.lines)) return say('warning', text);
        feedback('warning', text);
        await finishIfDone(after, text);
      }),
    /** K10: this line comes back at the end of the route. */
    skip: () =>
      enqueue(async () => {
        const v = await latest();
        if (!v.line || v.lost) return;
        const key = v.line.key;
        later.current = [...later.current.filter((k) => k !== key), key];
        saveSkipped(base.current?.me.userId ?? '', number, later.current);
        moveOn({ ...progressRef.current, held: null, focus: null });
        const next = (await latest()).line;
        say(
          'success',
          next && next.key !== key
            ? t('pick.skipped', { location: next.location })
            : t('pick.skippedLast'),
        );
      }),
    /** K10: the line is left for another picker, with a reason; it stays open. */
    defer: (reason: DeferReason) =>
      enqueue(async () => {
        const v = await latest();
        if (!v.line || v.lost) return;
        const { list, line, sku } = v.line;
        await commit('pick.defer', { list, line, sku, reason });
        moveOn({ ...progressRef.current, held: null, focus: null });
        say('warning', t('pick.deferred', { reason: t(`pick.defer.${reason}`) }));
      }),
    /** K9: give the list back; what was picked stays picked, the rest is open to anyone. */
    release: () =>
      enqueue(async () => {
        const v = await latest();
        if (v.lost || v.list.status === 'complete') return;
        await commit('pick.release', { list: number, reason: '' });
        feedback('success', t('pick.releasedDone', { list: number }));
        navigate('/pick');
      }),
  };
}
