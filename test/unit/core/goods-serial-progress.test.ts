// Serial progress of a receipt line (M9): announced serials that arrived, the missing ones and the
// unannounced ones; a line with enough units but a missing announced serial is not complete.
import { beforeAll, describe, expect, it } from 'vitest';
import { serialProgress } from '../../../src/core/goods/serial-progress.ts';
import { lineState } from '../../../src/core/receiving/progress.ts';
import type { ReceiptLine } from '../../../src/core/receiving/entities.ts';
import { serialNotes } from '../../../src/features/receiving/serial-notes.ts';
import { loadLanguage, translate } from '../../../src/messages/i18n.ts';

const line = (over: Partial<ReceiptLine>): ReceiptLine => ({
  key: 'PO-1003|1',
  receipt: 'PO-1003',
  line: 1,
  sku: 'SKU-10007',
  expectedQty: 3,
  lot: '',
  expiry: '',
  serials: ['CD18-0001', 'CD18-0002', 'CD18-0003'],
  receivedQty: 0,
  damagedQty: 0,
  scrapQty: 0,
  receivedSerials: [],
  replacesLine: null,
  ...over,
});

describe('serial progress', () => {
  beforeAll(() => loadLanguage('zh-CN'));
  const stoodIn = line({
    receivedQty: 3,
    receivedSerials: ['CD18-0001', 'CD18-0002', 'CD18-9999'],
  });

  it('M9 lists the missing announced serial and the unannounced one', () => {
    expect(serialProgress(stoodIn)).toEqual({
      announced: 3,
      arrived: ['CD18-0001', 'CD18-0002'],
      missing: ['CD18-0003'],
      unexpected: ['CD18-9999'],
    });
  });

  it('M9 a line with 3/3 units but a missing announced serial is not complete', () => {
    expect(lineState(stoodIn, 0)).toBe('partial');
    const all = line({ receivedQty: 3, receivedSerials: ['CD18-0003', 'CD18-0001', 'CD18-0002'] });
    expect(lineState(all, 0)).toBe('complete');
    expect(lineState(line({ serials: [], receivedQty: 3 }), 0)).toBe('complete');
    expect(lineState({ ...stoodIn, receivedQty: 4 }, 0)).toBe('over');
  });

  it('M9 says "2 of 3 announced, 1 not announced, missing CD18-0003" in English and Chinese', () => {
    expect(serialNotes(stoodIn, (k, p) => translate('en', k, p))).toEqual([
      'Serials 2 of 3 announced',
      '1 not announced',
      'Missing: CD18-0003',
    ]);
    const zh = serialNotes(stoodIn, (k, p) => translate('zh-CN', k, p));
    expect(zh).toHaveLength(3);
    expect(zh.join(' ')).toContain('CD18-0003');
    expect(zh.join(' ')).not.toMatch(/Serials|Missing|announced/);
    expect(serialNotes(line({ serials: [] }), (k, p) => translate('en', k, p))).toEqual([]);
  });
});
