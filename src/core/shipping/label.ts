// The GS1 logistic label of one carton, as a layout both outputs share: blocks placed in mm on a
// 100×150 mm (4×6 in) label, top to bottom: ship-from and ship-to, the carton's facts (order,
// carton n of m, weight, route stop, content), then the SSCC as GS1-128 (00) with its text.
// print-page.ts draws it in the browser, zpl.ts sends it to a label printer. docs/shipping.md S10.
import { humanReadable, type Element } from './code128.ts';
import { spacedSscc } from './sscc.ts';

export const LABEL_WIDTH_MM = 100;
export const LABEL_HEIGHT_MM = 150;

export interface Party {
  name: string;
  lines: readonly string[];
}

export interface LabelInput {
  sscc: string;
  companyPrefix: string;
  shipFrom: Party;
  shipTo: Party & { phone: string };
  order: string;
  cartonNo: number;
  /** Cartons of the order, once all of it is packed; null while more may follow. */
  cartonCount: number | null;
  weightGrams: number | null;
  route: string | null;
  stop: number | null;
  contents: readonly { sku: string; gtin: string | null; qty: number }[];
}

/** Words printed on the label, looked up by the caller (en or zh-CN). */
export interface LabelWords {
  from: string;
  to: string;
  order: string;
  carton: (n: number, m: number | null) => string;
  weight: string;
  route: (route: string, stop: number) => string;
  content: string;
  count: string;
  sscc: string;
}

export type LabelBlock =
  | { kind: 'text'; x: number; y: number; size: number; text: string; bold?: boolean }
  | { kind: 'line'; y: number }
  | {
      kind: 'barcode';
      x: number;
      y: number;
      height: number;
      elements: readonly Element[];
      /** The element string in text; placed as its own text block by the layout. */
      hri: string;
    };

export interface LabelModel {
  sscc: string;
  widthMm: number;
  heightMm: number;
  blocks: LabelBlock[];
}

/** (02) + (37): the carton holds one item, so its GTIN and count go on the label. */
export function contentElements(input: Pick<LabelInput, 'contents'>): Element[] | null {
  const skus = new Set(input.contents.map((c) => c.sku));
  const first = input.contents[0];
  if (skus.size !== 1 || !first?.gtin) return null;
  const count = input.contents.reduce((n, c) => n + c.qty, 0);
  return [
    { ai: '02', value: first.gtin.padStart(14, '0'), fixed: true },
    { ai: '37', value: String(count), fixed: false },
  ];
}

export const ssccElements = (sscc: string): Element[] => [{ ai: '00', value: sscc, fixed: true }];

const kg = (g: number): string => `${(g / 1000).toFixed(2)} kg`;

export function buildLabel(input: LabelInput, w: LabelWords): LabelModel {
  const b: LabelBlock[] = [];
  const text = (x: number, y: number, size: number, t: string, bold = false) =>
    b.push({ kind: 'text', x, y, size, text: t, bold });
  text(4, 3, 3, w.from);
  text(4, 7, 3.5, input.shipFrom.name, true);
  input.shipFrom.lines.slice(0, 2).forEach((l, i) => text(4, 11.5 + i * 4, 3, l));
  b.push({ kind: 'line', y: 20 });
  text(4, 22, 3, w.to);
  text(4, 26, 5, input.shipTo.name, true);
  input.shipTo.lines.slice(0, 3).forEach((l, i) => text(4, 32 + i * 5, 4, l));
  text(4, 47, 3.5, input.shipTo.phone);
  b.push({ kind: 'line', y: 52 });
  text(4, 54, 3, w.order);
  text(4, 57.5, 4.5, input.order, true);
  text(55, 54, 3, w.carton(input.cartonNo, input.cartonCount));
  const n = input.cartonCount ? `${input.cartonNo}/${input.cartonCount}` : `${input.cartonNo}`;
  text(55, 57.5, 4.5, n, true);
  text(4, 63, 3, w.weight);
  text(4, 66.5, 4, input.weightGrams === null ? '—' : kg(input.weightGrams), true);
  if (input.route !== null && input.stop !== null)
    text(55, 66.5, 4, w.route(input.route, input.stop), true);
  const content = contentElements(input);
  if (content) {
    const hri = humanReadable(content);
    text(4, 71.5, 3, `${w.content} ${content[0]!.value}  ${w.count} ${content[1]!.value}`);
    b.push({ kind: 'barcode', x: 8, y: 75, height: 20, elements: content, hri });
    text(8, 96, 3, hri);
  }
  b.push({ kind: 'line', y: 101 });
  // GS1: the SSCC symbol at least 32 mm high, its text with it (here above, to keep it whole).
  const sscc = ssccElements(input.sscc);
  text(4, 103, 3.5, `${w.sscc}  ${spacedSscc(input.sscc, input.companyPrefix)}`, true);
  text(8, 107.5, 3.5, humanReadable(sscc));
  b.push({ kind: 'barcode', x: 8, y: 112, height: 32, elements: sscc, hri: humanReadable(sscc) });
  return { sscc: input.sscc, widthMm: LABEL_WIDTH_MM, heightMm: LABEL_HEIGHT_MM, blocks: b };
}
