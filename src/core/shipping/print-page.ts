// The label as a print page: the same blocks as SVG-ready shapes in mm, with each GS1-128
// symbol expanded to bars (0.5 mm modules, 10-module quiet zones), for the browser's print
// dialog offline.
import { gs1Widths, moduleCount } from './code128.ts';
import type { LabelModel } from './label.ts';

export const MODULE_MM = 0.5;

export interface Bar {
  x: number;
  width: number;
}

export type PageShape =
  | { kind: 'text'; x: number; y: number; size: number; text: string; bold: boolean }
  | { kind: 'rule'; y: number }
  | { kind: 'bars'; x: number; y: number; height: number; bars: Bar[]; width: number; hri: string };

export interface PrintPage {
  sscc: string;
  widthMm: number;
  heightMm: number;
  shapes: PageShape[];
}

/** Bars of one symbol from x (mm), quiet zone of 10 modules before it. */
export function barsOf(widths: readonly number[], x: number): { bars: Bar[]; width: number } {
  const bars: Bar[] = [];
  let at = x + 10 * MODULE_MM;
  widths.forEach((w, i) => {
    if (i % 2 === 0) bars.push({ x: at, width: w * MODULE_MM });
    at += w * MODULE_MM;
  });
  return { bars, width: (moduleCount(widths) + 20) * MODULE_MM };
}

export function toPrintPage(label: LabelModel): PrintPage {
  const shapes: PageShape[] = label.blocks.map((b): PageShape => {
    if (b.kind === 'text') return { ...b, bold: b.bold ?? false };
    if (b.kind === 'line') return { kind: 'rule', y: b.y };
    const { bars, width } = barsOf(gs1Widths(b.elements), b.x - 10 * MODULE_MM);
    return { kind: 'bars', x: b.x, y: b.y, height: b.height, bars, width, hri: b.hri };
  });
  return { sscc: label.sscc, widthMm: label.widthMm, heightMm: label.heightMm, shapes };
}
