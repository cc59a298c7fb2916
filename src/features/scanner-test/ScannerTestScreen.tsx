// Scanner self-test: scan anything and see exactly what the device sent (characters with
// control characters made visible, timing, suffix, GS handling, AIM prefix) and, in plain words,
// which scanner setting to change. Scans here are shown, never recorded.
import { useState } from 'react';
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { useT } from '../../app/use-t.ts';
import { feedback } from '../../feedback/feedback.ts';
import { useScanHandler, type ScanEvent } from '../../scan/scanner.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { scanProblem } from '../../scan/scan-problem.ts';
import { adviseKeys, adviseScan, type Advice } from './diagnose.ts';
import { ScanReport } from './ScanReport.tsx';
import { useKeyLog } from './use-key-log.ts';
import './scanner-test.css';

export function ScannerTestScreen() {
  const t = useT();
  const { keys, settled, clear: clearKeys } = useKeyLog();
  const [scan, setScan] = useState<{ event: ScanEvent; reads: string; advice: Advice[] } | null>(
    null,
  );

  useScanHandler((event) => {
    void resolveScan(event.text, event.symbology).then((r) => {
      const problem = scanProblem(r);
      const reads = problem
        ? t(problem.message, problem.params)
        : r.kind === 'item'
          ? `${r.item.sku} × ${r.qty}${r.lot ? ` · ${r.lot}` : ''}${r.expiry ? ` · ${r.expiry}` : ''}`
          : r.kind === 'location'
            ? r.location.code
            : r.kind === 'document'
              ? `${r.type ?? ''} ${r.code}`.trim()
              : r.text;
      feedback(problem ? 'error' : 'success', event.text);
      setScan({ event, reads, advice: adviseScan(event) });
      clearKeys();
    });
  });

  // Keys without a scan: once they stop coming, say why they made none.
  const pending = settled && keys.length > 0 ? adviseKeys(keys) : [];
  const advice = [...(scan?.advice ?? []), ...pending];
  return (
    <AppShell title={t('scannerTest.title')} footer={<ScanBar />}>
      <p className="prompt">{t('scannerTest.intro')}</p>
      <section className="card">
        <h2>{t('scannerTest.advice')}</h2>
        <ul className="advice" data-testid="advice">
          {scan && !advice.length && <li data-advice="ok">{t('scannerTest.ok')}</li>}
          {advice.map((a) => (
            <li key={a.key} data-advice={a.key.split('.').at(-1)}>
              {t(a.key, a.params)}
            </li>
          ))}
        </ul>
      </section>
      {scan && <ScanReport scan={scan.event} reads={scan.reads} />}
      <section className="card">
        <h2>{t('scannerTest.keys')}</h2>
        {keys.length === 0 ? (
          <p className="muted">{t('scannerTest.noKeys')}</p>
        ) : (
          <ol className="keys" data-testid="keys">
            {keys.map((k, i) => (
              <li key={i} className={`key ${k.kind}`}>
                <span className="key-label">{k.label}</span>
                <span className="key-gap">{k.gap === null ? '' : `+${k.gap}`}</span>
              </li>
            ))}
          </ol>
        )}
        <button className="btn" onClick={clearKeys}>
          {t('scannerTest.clear')}
        </button>
      </section>
    </AppShell>
  );
}
