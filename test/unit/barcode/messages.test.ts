// Every code has a sentence in English and Simplified Chinese with matching placeholders.
import { describe, it, expect } from 'vitest';
import { BarcodeError, BarcodeWarning } from '#core/barcode/errors.ts';
import { formatBarcodeMessage } from '#core/barcode/messages-en.ts';
import { barcodeEn } from '../../../src/messages/barcode.en.ts';
import { barcodeZhCN } from '../../../src/messages/barcode.zh-CN.ts';

const codes = [...Object.values(BarcodeError), ...Object.values(BarcodeWarning)];
const placeholders = (template: string) =>
  new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('barcode message catalogues', () => {
  it('cover exactly the codes', () => {
    expect(Object.keys(barcodeEn).sort()).toEqual([...codes].sort());
    expect(Object.keys(barcodeZhCN).sort()).toEqual([...codes].sort());
  });

  it.each(codes)(
    '%s: zh-CN uses the same placeholders (the English AI title may be left out)',
    (code) => {
      const en = placeholders(barcodeEn[code]);
      const zh = placeholders(barcodeZhCN[code]);
      en.delete('title');
      expect(zh).toEqual(en);
      expect(barcodeZhCN[code]).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('fills placeholders, keeps unknown ones visible, tidies an empty title', () => {
    expect(formatBarcodeMessage('AI ({ai}) {title}: {x}', { ai: '8110', title: '' })).toBe(
      'AI (8110): {x}',
    );
    expect(
      formatBarcodeMessage(barcodeZhCN.DATE_MONTH, { ai: '17', value: '261331', month: '13' }),
    ).toBe('AI (17) 的日期 261331 无效：没有 13 月');
  });
});
