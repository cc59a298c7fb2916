// Recording a scan as an op in Chromium: from the wedge's Enter to the committed outbox write,
// and to the feedback (tone, flash), read from the app's own User Timing measures; then, in the
// same page, the raw strict IndexedDB write of the same row as the baseline (bench/lib/raw-idb.ts).
import { ServerProcess } from '../../test/helpers/server-process.ts';
import { openPhone } from '../../test/helpers/phone.ts';
import { MovePage } from '../../test/e2e/pages/move-page.ts';
import { summarize, type Summary } from '../lib/stats.ts';
import { rawIdbBaseline, ratioTo, type RawIdbFigures } from '../lib/raw-idb.ts';
import { demoItems } from '../../server/demo/generate.ts';

export interface ScanCommitFigures {
  moves: number;
  scanToCommitMs: Summary;
  scanToFeedbackMs: Summary;
  /** recordOp alone (schema check, seq, outbox write), the part the raw write compares with. */
  recordOpMs: Summary;
  rawStrictWriteMs: RawIdbFigures;
  /** scan → commit over the raw row write, and over the raw row + meta write. */
  commitVsRawRow: { p50: number; p95: number };
  commitVsRawRowAndMeta: { p50: number; p95: number };
  recordOpVsRawRowAndMeta: { p50: number; p95: number };
}

export async function benchScanCommit(moves = 100): Promise<ScanCommitFigures> {
  const server = await ServerProcess.start();
  const phone = await openPhone(server, 'picker');
  try {
    const move = new MovePage(phone.app);
    await move.open();
    await phone.app.page.evaluate(() => performance.clearMeasures());
    const item = demoItems()[6]!; // SKU-10007, stocked at its home location
    const each = item.barcodes[0]!.code;
    for (let i = 0; i < moves; i++) {
      await move.move(
        i % 2 ? 'B-02-2' : item.homeLocation!,
        each,
        i % 2 ? item.homeLocation! : 'B-02-2',
      );
    }
    const read = (name: string) =>
      phone.app.page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
    const scanToCommitMs = summarize(await read('floorsync:scan-commit'));
    const scanToFeedbackMs = summarize(await read('floorsync:scan-feedback'));
    const recordOpMs = summarize(await read('floorsync:record-op'));
    const raw = await rawIdbBaseline(phone.app.page, moves);
    return {
      moves,
      scanToCommitMs,
      scanToFeedbackMs,
      recordOpMs,
      rawStrictWriteMs: raw,
      commitVsRawRow: ratioTo(scanToCommitMs, raw.row),
      commitVsRawRowAndMeta: ratioTo(scanToCommitMs, raw.rowAndMeta),
      recordOpVsRawRowAndMeta: ratioTo(recordOpMs, raw.rowAndMeta),
    };
  } finally {
    await phone.browser.close();
    await server.dispose();
  }
}
