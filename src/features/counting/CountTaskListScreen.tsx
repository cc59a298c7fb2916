// Counting, first screen: the count tasks this counter may do (recounts first, then by due
// date) with progress; scanning any location starts an ad-hoc count of it.
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { countPath, useTaskSummaries } from './count-data.ts';

export function CountTaskListScreen({ session }: { session: SessionMeta }) {
  const t = useT();
  const tasks = useTaskSummaries(session);
  useScanHandler((scan) => {
    void (async () => {
      const r = await resolveScan(scan.text, scan.symbology);
      if (r.kind !== 'location') {
        feedback('error', t('scan.notLocation', { text: r.text }));
        return;
      }
      feedback('success', r.location.code);
      navigate(countPath(null, r.location.code));
    })();
  });
  return (
    <AppShell title={t('count.listTitle')} footer={<ScanBar />}>
      <div className="prompt" data-testid="prompt">
        {t('count.listPrompt')}
      </div>
      {tasks && !tasks.length && <p className="muted">{t('count.none')}</p>}
      <ul className="list count-tasks" data-testid="count-task-list">
        {(tasks ?? []).map(({ task, total, done }) => (
          <li key={task.id}>
            <button
              className="count-task-row"
              data-testid="count-task-row"
              data-id={task.id}
              onClick={() => navigate(countPath(task.id))}
            >
              <span className="count-task-main">
                <span className="count-task-id">
                  {task.id}
                  {task.kind === 'recount' && (
                    <span className="tag warn">{t('count.recount')}</span>
                  )}
                  {task.blind && <span className="tag">{t('count.blind')}</span>}
                </span>
                <span className="sub">{task.note}</span>
                {task.dueDate && (
                  <span className="sub">{t('count.due', { date: task.dueDate })}</span>
                )}
              </span>
              <span className="qty">
                {done}/{total}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
