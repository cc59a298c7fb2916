// Picking, first screen: the lists this picker may work on (theirs, assigned to them, open to
// anyone); scan a list's barcode or tap it to claim and open it. Works offline.
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { openList } from './open-list.ts';
import { useListSummaries } from './pick-data.ts';
import { PickTasks } from './PickTasks.tsx';
import './picking.css';

export function PickListScreen() {
  const t = useT();
  const summaries = useListSummaries();
  useScanHandler((scan) => {
    void (async () => {
      const r = await resolveScan(scan.text, scan.symbology);
      if (r.kind === 'document' && r.type === 'pickList') return openList(r.id, t);
      feedback('error', t('pick.unknownList', { text: r.text }));
    })();
  });
  return (
    <AppShell title={t('pick.listTitle')} footer={<ScanBar />}>
      <PickTasks />
      <div className="prompt" data-testid="prompt">
        {t('pick.listPrompt')}
      </div>
      {summaries && !summaries.length && <p className="muted">{t('pick.none')}</p>}
      <ul className="list picklists" data-testid="pick-lists">
        {(summaries ?? []).map(({ list, progress, mine, elsewhere }) => (
          <li key={list.number}>
            <button
              className="pick-row"
              data-testid="pick-row"
              data-number={list.number}
              onClick={() => void openList(list.number, t)}
            >
              <span className="pick-main">
                <span className="pick-number">{list.number}</span>
                <span className="sub">
                  {list.kind === 'batch'
                    ? t('pick.batch', { orders: list.orders.length })
                    : t('pick.single', { order: list.orders[0]?.order ?? '' })}
                </span>
              </span>
              <span className="pick-side">
                <span
                  className={`tag${mine ? ' ok' : elsewhere || list.assignedTo ? ' warn' : ''}`}
                >
                  {t(
                    mine
                      ? 'pick.mine'
                      : elsewhere
                        ? 'pick.elsewhere'
                        : list.assignedTo
                          ? 'pick.assignedToMe'
                          : 'pick.open',
                  )}
                </span>
                <span className="sub">{t('pick.progress', { ...progress })}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
