// Counting one location: scan items (each and case scans add up; lots and expiry from GS1
// labels or typed), or enter quantities; "Location empty" in one tap; submit records one
// count.location op. Blind counts never show the book. The count in progress is saved at every
// scan, before the tone, so a reload loses nothing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { countLineKey } from '#core/counting/rules.ts';
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import type { CountDraft } from '../../db/counting-types.ts';
import { db } from '../../db/database.ts';
import { recordOp } from '../../db/outbox.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { useScanSession } from '../../scan/use-scan-session.ts';
import { NoticeLine } from '../../components/NoticeLine.tsx';
import { useLocationStock } from '../stock-hooks.ts';
import { countPath, useDraft } from './count-data.ts';
import { countPayload, draftKey, emptyDraft, missingTracking, onCountScan } from './count-flow.ts';
import { CountLines } from './CountLines.tsx';

export function LocationCountScreen(props: { task: string | null; location: string }) {
  const t = useT();
  const key = draftKey(props.task, props.location);
  const saved = useDraft(key);
  const task = useLiveQuery(
    async () => (props.task ? ((await db.countTasks.get(props.task)) ?? null) : null),
    [props.task],
  );
  // Ad-hoc counts are blind too: only a task that says otherwise shows the book.
  const blind = task?.blind ?? true;
  const book = useLocationStock(blind ? null : props.location);
  const items = useLiveQuery(async () => {
    const skus = [...new Set([...(saved?.lines ?? []), ...(book ?? [])].map((l) => l.sku))];
    const rows = await db.items.bulkGet(skus);
    return new Map(rows.filter((i) => i !== undefined).map((i) => [i.sku, i]));
  }, [saved, book]);
  const { notice, say, enqueue } = useScanSession();
  // Scans are handled one after another against the latest draft; none is dropped.
  const latest = useRef<CountDraft | null>(null);

  /** The draft is read from IndexedDB once; after that every change goes through save(). */
  const current = async (): Promise<CountDraft> =>
    latest.current ??
    (await db.countDrafts.get(key)) ??
    emptyDraft(props.task, props.location, Date.now());

  const save = async (d: CountDraft) => {
    latest.current = d;
    await db.countDrafts.put(d);
  };

  useScanHandler((scan) =>
    enqueue(async () => {
      const r = await resolveScan(scan.text, scan.symbology);
      const out = onCountScan(await current(), r, scan.source);
      if (out.kind === 'reject') say('error', t(out.message, out.params));
      else if (out.kind === 'switch') {
        feedback('success', out.location);
        navigate(countPath(props.task, out.location), { replace: true });
      } else {
        await save(out.draft);
        say('success', t('count.added', { qty: out.qty, sku: out.sku, total: out.total }));
      }
    }),
  );

  /** Queued too: a quantity typed just before the tap is saved before the count is sent. */
  const submit = async (empty: boolean) => {
    const d = await current();
    if (!empty) {
      const missing = missingTracking(d.lines, items ?? new Map());
      if (missing) return say('error', t('count.needTracking', { sku: missing.sku }));
    }
    await recordOp('count.location', 1, countPayload(d, empty));
    await db.countDrafts.delete(key);
    latest.current = null;
    feedback('success', t('count.submitted', { location: props.location }));
    navigate(props.task ? countPath(props.task) : '/count', { replace: true });
  };

  /** Every change goes through the queue, against the latest draft, after the scans before it. */
  const change = (next: (lines: CountDraft['lines']) => CountDraft['lines']) =>
    enqueue(async () => {
      const d = await current();
      await save({ ...d, lines: next(d.lines) });
    });
  const edit = (index: number, patch: Partial<CountDraft['lines'][number]>) =>
    change((ls) => ls.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const lines = saved?.lines ?? [];
  return (
    <AppShell
      title={t('count.locationTitle', { location: props.location })}
      footer={
        <>
          {lines.length === 0 ? (
            <button
              className="btn big"
              data-testid="count-empty"
              onClick={() => enqueue(() => submit(true))}
            >
              {t('count.empty')}
            </button>
          ) : (
            <button
              className="btn primary big"
              data-testid="count-submit"
              onClick={() => enqueue(() => submit(false))}
            >
              {t('count.submit')}
            </button>
          )}
          <ScanBar />
        </>
      }
    >
      <div className="prompt" data-testid="prompt">
        {props.task ? t('count.scanItems') : t('count.adHoc')}
      </div>
      <NoticeLine notice={notice} />
      <CountLines
        lines={lines}
        items={items ?? new Map()}
        book={blind ? null : (book ?? [])}
        onEdit={edit}
        onRemove={(k) => change((ls) => ls.filter((l) => countLineKey(l) !== k))}
      />
    </AppShell>
  );
}
