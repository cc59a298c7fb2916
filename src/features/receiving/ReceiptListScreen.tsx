// Receiving, first screen: the receipts this device holds, due today first; scan a receipt's
// barcode (or tap it) to open it. Works offline from the synced receipts.
import { AppShell } from '../../components/AppShell.tsx';
import { ScanBar } from '../../components/ScanBar.tsx';
import { navigate } from '../../app/router.ts';
import { useT } from '../../app/use-t.ts';
import { db } from '../../db/database.ts';
import { feedback } from '../../feedback/feedback.ts';
import { resolveScan } from '../../scan/resolve-local.ts';
import { useScanHandler } from '../../scan/scanner.ts';
import { byDue, dueWords, localDay } from './due.ts';
import { receiptPath, useReceiptSummaries } from './receiving-data.ts';
import './receiving.css';

export function ReceiptListScreen() {
  const t = useT();
  const summaries = useReceiptSummaries();
  useScanHandler((scan) => {
    void (async () => {
      const r = await resolveScan(scan.text, scan.symbology);
      const receipt =
        r.kind === 'document' && r.type === 'receipt' ? await db.receipts.get(r.id) : undefined;
      if (!receipt) {
        feedback('error', t('receive.unknownReceipt', { text: r.text }));
        return;
      }
      feedback('success', receipt.number);
      navigate(receiptPath(receipt.number));
    })();
  });
  const today = localDay();
  const list = [...(summaries ?? [])].sort((a, b) => byDue(today)(a.receipt, b.receipt));
  return (
    <AppShell title={t('receive.listTitle')} footer={<ScanBar />}>
      <div className="prompt" data-testid="prompt">
        {t('receive.listPrompt')}
      </div>
      {summaries && !list.length && <p className="muted">{t('receive.none')}</p>}
      <ul className="list receipts" data-testid="receipt-list">
        {list.map(({ receipt: r, expected, received }) => (
          <li key={r.number}>
            <button
              className={`receipt-row${r.status === 'complete' ? ' complete' : ''}`}
              data-testid="receipt-row"
              data-number={r.number}
              onClick={() => navigate(receiptPath(r.number))}
            >
              <span className="receipt-main">
                <span className="receipt-number">
                  {r.number}
                  {r.type === 'return' && (
                    <span className="tag return">{t('receive.typeReturn')}</span>
                  )}
                </span>
                <span className="sub">{r.supplier}</span>
                <span className={`sub due${r.dueDate === today ? ' today' : ''}`}>
                  {dueWords(r.dueDate, t)}
                </span>
              </span>
              <span className="receipt-progress">
                <span className="qty">
                  {received}/{expected}
                </span>
                {r.status === 'complete' && (
                  <span className="tag ok">{t('receive.statusComplete')}</span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
