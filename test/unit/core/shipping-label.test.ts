// S10: the GS1 logistic label, as ZPL and as a print page whose bars the product's own decoder
// reads back to the SSCC shown.
import { describe, expect, it } from 'vitest';
import { buildLabel, contentElements, type LabelInput } from '../../../src/core/shipping/label.ts';
import { toZpl, zplGs1Data, zplText } from '../../../src/core/shipping/zpl.ts';
import { toPrintPage, type PageShape } from '../../../src/core/shipping/print-page.ts';
import { gs1Values, gs1Widths } from '../../../src/core/shipping/code128.ts';
import { makeSscc } from '../../../src/core/shipping/sscc.ts';
import { createZxingJsDecoder } from '../../../src/scan/engines/zxing-js-decoder.ts';

const sscc = makeSscc({ extensionDigit: 0, companyPrefix: '9501234' }, 1234);
const input: LabelInput = {
  sscc,
  companyPrefix: '9501234',
  shipFrom: { name: 'FloorSync DC 1', lines: ['1 Dock Road', 'Springfield'] },
  shipTo: { name: 'Corner Shop ^A', lines: ['5 High St', 'Shelbyville'], phone: '555-0101' },
  order: 'SO-1001',
  cartonNo: 2,
  cartonCount: 3,
  weightGrams: 1250,
  route: 'R-NORTH',
  stop: 2,
  contents: [{ sku: 'SKU-1', gtin: '9501234000019', qty: 12 }],
};
const words = {
  from: 'FROM',
  to: 'TO',
  order: 'ORDER',
  carton: (n: number, m: number | null) => (m ? `CARTON ${n} OF ${m}` : `CARTON ${n}`),
  weight: 'WEIGHT',
  route: (r: string, s: number) => `${r} STOP ${s}`,
  content: 'CONTENT',
  count: 'COUNT',
  sscc: 'SSCC',
};

/** Draws one barcode shape at 3 px per module into a grey frame the decoder reads. */
function frameOf(shape: Extract<PageShape, { kind: 'bars' }>) {
  const scale = 6; // px per mm: 3 px per 0.5 mm module
  const width = Math.ceil(shape.width * scale) + 40;
  const height = 40;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const bar of shape.bars) {
    const x0 = Math.round((bar.x - shape.x) * scale) + 20 + 30;
    const x1 = x0 + Math.round(bar.width * scale);
    for (let y = 0; y < height; y++)
      for (let x = x0; x < x1; x++) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
  }
  return { width, height, data, colorSpace: 'srgb' } as unknown as ImageData;
}

describe('S10 GS1-128', () => {
  it('encodes (00) in code set C after FNC1 with the mod-103 check', () => {
    const v = gs1Values([{ ai: '00', value: sscc, fixed: true }]);
    expect(v.slice(0, 3)).toEqual([105, 102, 0]);
    expect(v).toHaveLength(2 + 10 + 1);
  });

  it('puts 11 modules in every symbol character', () => {
    const widths = gs1Widths([{ ai: '00', value: sscc, fixed: true }]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(13 * 11 + 13);
  });

  it('decodes with the product decoder to the SSCC shown, and (02)+(37) for one item', async () => {
    const page = toPrintPage(buildLabel(input, words));
    const bars = page.shapes.filter((s) => s.kind === 'bars');
    expect(bars).toHaveLength(2);
    const decoder = createZxingJsDecoder();
    const [content, ssccBars] = bars;
    const a = await decoder.decode(frameOf(ssccBars!), ['code128'], true);
    expect(a[0]?.text).toContain(`00${sscc}`);
    expect(ssccBars!.hri).toBe(`(00) ${sscc}`);
    const b = await decoder.decode(frameOf(content!), ['code128'], true);
    expect(b[0]?.text).toContain('0209501234000019');
    expect(b[0]?.text).toContain('3712');
  });
});

describe('S10 label content', () => {
  it('carries ship-from, ship-to, order, carton n of m, weight and route stop', () => {
    const texts = buildLabel(input, words)
      .blocks.filter((b) => b.kind === 'text')
      .map((b) => b.text);
    for (const t of [
      'FloorSync DC 1',
      'Corner Shop ^A',
      '555-0101',
      'SO-1001',
      'CARTON 2 OF 3',
      '2/3',
      '1.25 kg',
      'R-NORTH STOP 2',
    ])
      expect(texts).toContain(t);
  });

  it('has no (02)+(37) when the carton holds more than one item', () => {
    expect(
      contentElements({
        contents: [
          { sku: 'A', gtin: '9501234000019', qty: 1 },
          { sku: 'B', gtin: '9501234000026', qty: 1 },
        ],
      }),
    ).toBeNull();
    const label = buildLabel({ ...input, cartonCount: null, contents: [] }, words);
    expect(label.blocks.filter((b) => b.kind === 'barcode')).toHaveLength(1);
  });
});

describe('S10 ZPL', () => {
  it('is a 100×150 mm label at 203 dpi with the SSCC encoded by the printer', () => {
    const zpl = toZpl(buildLabel(input, words));
    expect(zpl.startsWith('^XA\n^CI28\n^PW800\n^LL1200')).toBe(true);
    expect(zpl).toContain(`^BY4^BCN,256,N,N,N^FD>;>800${sscc}^FS`);
    expect(zpl).toContain(`^FH^FD(00) ${sscc}^FS`);
    expect(zpl).toContain('^FD>;>802095012340000193712^FS');
    expect(zpl.trim().endsWith('^XZ')).toBe(true);
  });

  it('escapes what would end a field, and writes Chinese as UTF-8 bytes', () => {
    expect(zplText('Shop ^A~_')).toBe('Shop _5EA_7E_5F');
    expect(zplText('上海')).toBe('_E4_B8_8A_E6_B5_B7');
    expect(toZpl(buildLabel(input, words))).toContain('^FH^FDCorner Shop _5EA^FS');
  });

  it('switches to code set B for an odd tail, then back', () => {
    expect(
      zplGs1Data([
        { ai: '02', value: '09501234000019', fixed: true },
        { ai: '37', value: '5', fixed: false },
      ]),
    ).toBe('>;>8020950123400001937>65');
    expect(
      zplGs1Data([
        { ai: '37', value: '5', fixed: false },
        { ai: '00', value: sscc, fixed: true },
      ]),
    ).toBe(`>;>837>65>5>800${sscc}`);
  });
});
