// The pick screen's engine: scans and short picks go through one queue and are handled one after
// another against the latest state (base lines plus waiting ops), so none is dropped or judged
// on stale numbers. Each pick is in the outbox before its tone; the list completes by itself
// when its last line closes.
import { useRef, useState } from 'react';
import type { ScanRecord } from '#core/ops/envelope.ts';
import type { ShortReason } from '#core/picking/entities.ts';
import { allDone } from '#core/picking/progress.ts';
import { useT } from '../../app/use-t.ts';
import { recordOp, RecordError } from '../../db/outbox.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { useLatest } from '../receiving/use-latest.ts';
import { openList } from './open-list.ts';
import { freshProgress, onPickScan, type Progress } from './pick-flow.ts';
import { pickView, type PickView } from './pick-data.ts';

export type Notice = { kind: 'ok' | 'warn' | 'err'; text: string } | null;

export function usePicking(number: string) {
  const t = useT();
  const [progress, setProgress, progressRef] = useLatest<Progress>(freshProgress);
  const [notice, setNotice] = useState<Notice>(null);
  const scans = useRef<ScanRecord[]>([]);
  const queue = useRef(Promise.resolve());

  const say = (kind: 'success' | 'warning' | 'error', text: string) => {
    feedback(kind, text);
    setNotice({ kind: kind === 'success' ? 'ok' : kind === 'warning' ? 'warn' : 'err', text });
  };
  const failed = (err: unknown) =>
    say(
      'error',
      err instanceof RecordError && err.code === 'QUOTA'
        ? t('record.quota')
        : t('record.failed', { reason: err instanceof Error ? err.message : String(err) }),
    );
  const enqueue = (job: () => Promise<void>) => {
    queue.current = queue.current.then(job).catch(failed);
  };
  const latest = async (): Promise<PickView> => {
    const v = await pickView(number);
    if (!v) throw new Error(t('pick.unknownList', { text: number }));
    return v;
  };

  /** After the last line closes: the list is handed over, without touching the screen. */
  const finishIfDone = async (v: PickView, done: string) => {
    if (v.lost || v.list.status === 'complete' || !allDone(v.lines)) return say('success', done);
    await recordOp('pick.complete', 1, { list: number });
    const { picked, units, short } = v.progress;
    say('success', t('pick.complete', { list: number, picked, units, short }));
  };

  useScanHandler((scan) =>
    enqueue(async () => {
      scans.current.push({ text: scan.text.slice(0, 200), source: scan.source });
      const r = await resolveScan(scan.text, scan.symbology);
      if (r.kind === 'document' && r.type === 'pickList' && r.id !== number)
        return openList(r.id, t);
      const v = await latest();
      const out = onPickScan({ ...v, progress: progressRef.current }, r);
      if (out.kind === 'reject') {
        if (out.progress) setProgress(out.progress);
        scans.current = [];
        return say('error', t(out.message, out.params));
      }
      setProgress(out.progress);
      if (out.kind === 'step')
        return say(
          out.message === 'pick.scanLot' ? 'warning' : 'success',
          t(out.message, out.params),
        );
      const { facts } = out;
      await recordOp('pick.line', 1, { ...facts, scans: scans.current.slice(-10) });
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
    }),
  );

  return {
    progress,
    notice,
    short: (reason: ShortReason) =>
      enqueue(async () => {
        const v = await latest();
        if (!v.line || v.lost) return;
        const { list, line, sku, location } = v.line;
        await recordOp('pick.short', 1, { list, line, sku, location, reason });
        setProgress({ ...progressRef.current, held: null });
        const text = t('pick.shortDone', { reason: t(`pick.reason.${reason}`), location });
        feedback('warning', text);
        const after = await latest();
        if (!allDone(after.lines)) return setNotice({ kind: 'warn', text });
        await finishIfDone(after, text);
      }),
  };
}
