// Look up: scan a location to see what is in it, or an item to see where it is; from the data
// on the device, offline, with this device's waiting moves included.
import { useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan, type Resolved } from '../../scan/resolve-local.ts';
import { scanProblem } from '../../scan/scan-problem.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { useItemStock, useLocationStock } from '../stock-hooks.ts';
import { StockList } from './StockList.tsx';

export function LookupScreen() {
  const t = useT();
  const [found, setFound] = useState<Resolved | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useScanHandler((scan) => {
    void resolveScan(scan.text, scan.symbology).then((r) => {
      const problem =
        scanProblem(r) ??
        (r.kind === 'document' ? { message: 'scan.expectLocation' as const, params: {} } : null);
      if (problem) {
        const msg = t(problem.message, problem.params);
        feedback('error', msg);
        setProblem(msg);
        return;
      }
      feedback('success', scan.text);
      setProblem(null);
      setFound(r);
    });
  });
  const location = found?.kind === 'location' ? found.location.code : null;
  const sku = found?.kind === 'item' ? found.item.sku : null;
  const inLocation = useLocationStock(location);
  const ofItem = useItemStock(sku);
  return (
    <AppShell title={t('lookup.title')} footer={<ScanBar />}>
      {!found && <div className="prompt">{t('lookup.prompt')}</div>}
      {problem && (
        <div className="notice err" data-testid="notice" role="alert">
          {problem}
        </div>
      )}
      {found?.kind === 'location' && (
        <section className="card" data-testid="lookup-location">
          <h2>{t('lookup.inLocation', { location: found.location.code })}</h2>
          <StockList rows={inLocation ?? []} show="item" empty={t('lookup.empty')} />
        </section>
      )}
      {found?.kind === 'item' && (
        <section className="card" data-testid="lookup-item">
          <h2>{t('lookup.whereIs', { sku: found.item.sku })}</h2>
          <p className="muted">{found.item.description}</p>
          <StockList rows={ofItem ?? []} show="location" empty={t('lookup.notStocked')} />
        </section>
      )}
    </AppShell>
  );
}
