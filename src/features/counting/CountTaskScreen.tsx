// One count task: its locations in walking order, what is still to count, and the next one to
// walk to. Scanning a location of the task opens its count.
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { countPath, useTask, type ShownLocation } from './count-data.ts';

const stateOf = (l: ShownLocation) =>
  l.waiting ? 'waiting' : l.status === 'pending' ? 'pending' : l.status;

export function CountTaskScreen({ id }: { id: string }) {
  const t = useT();
  const data = useTask(id);
  const locations = data?.locations ?? [];
  const next = locations.find((l) => stateOf(l) === 'pending');
  useScanHandler((scan) => {
    void (async () => {
      const r = await resolveScan(scan.text, scan.symbology);
      if (r.kind !== 'location') {
        feedback('error', t('scan.notLocation', { text: r.text }));
        return;
      }
      if (!locations.some((l) => l.location === r.location.code)) {
        feedback('error', t('count.notInTask', { location: r.location.code, task: id }));
        return;
      }
      feedback('success', r.location.code);
      navigate(countPath(id, r.location.code));
    })();
  });
  if (data && !data.task)
    return (
      <AppShell title={id}>
        <p className="muted">{t('count.unknownTask', { task: id })}</p>
      </AppShell>
    );
  return (
    <AppShell title={t('count.taskTitle', { task: id })} footer={<ScanBar />}>
      <div className="prompt" data-testid="prompt">
        {next ? t('count.goTo', { location: next.location }) : t('count.taskDone')}
      </div>
      <ul className="list count-locations" data-testid="count-locations">
        {locations.map((l) => (
          <li key={l.key}>
            <button
              className={`count-location ${stateOf(l)}`}
              data-testid="count-location"
              data-location={l.location}
              data-state={stateOf(l)}
              onClick={() => navigate(countPath(id, l.location))}
            >
              <span className="count-location-code">{l.location}</span>
              <span className="sub">{t(`count.state.${stateOf(l)}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
