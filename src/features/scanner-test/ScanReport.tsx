// The last scan, taken apart: text with control characters visible, source, suffix, GS
// encoding, AIM prefix, timing and how the app reads it.
import { useT } from '../../app/use-t.ts';
import type { ScanEvent } from '../../scan/scanner.ts';
import { median } from './diagnose.ts';
import { visibleText } from './visible.ts';

export function ScanReport({ scan, reads }: { scan: ScanEvent; reads: string }) {
  const t = useT();
  const w = scan.wedge;
  const gaps = w?.gaps.slice(0, -1) ?? [];
  const rows: [string, string, string][] = [
    ['text', t('scannerTest.text'), visibleText(scan.text)],
    ['source', t('scannerTest.source'), scan.source],
    ['suffix', t('scannerTest.suffix'), w ? `⟨${w.suffix}⟩` : t('scannerTest.suffixNone')],
    ['gs', t('scannerTest.gs'), w?.gs.length ? w.gs.join(', ') : t('scannerTest.gsNone')],
    ['aim', t('scannerTest.aim'), scan.symbology ?? t('scannerTest.aimNone')],
  ];
  if (w) {
    rows.push([
      'timing',
      t('scannerTest.timing'),
      t('scannerTest.timingValue', { median: median(gaps), max: Math.max(0, ...gaps) }),
    ]);
    rows.push([
      'via',
      t('scannerTest.via'),
      w.via === 'keys' ? t('scannerTest.viaKeys') : t('scannerTest.viaInput'),
    ]);
  }
  rows.push(['reads', t('scannerTest.reads'), reads]);
  return (
    <section className="card" data-testid="scan-report">
      <h2>{t('scannerTest.lastScan')}</h2>
      <dl className="scan-report">
        {rows.map(([id, label, value]) => (
          <div key={id} data-testid={`report-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
