// The label as ZPL II for a 203 dpi printer (8 dots per mm) on 100×150 mm stock. Text goes in
// UTF-8 (^CI28) with every byte outside printable ASCII hex-escaped (^FH), so no field can end
// the format early; the printer encodes GS1-128 itself (^BC with >; start C and >8 FNC1).
import type { LabelModel } from './label.ts';

const DOTS_PER_MM = 8;
const d = (mm: number): number => Math.round(mm * DOTS_PER_MM);

/** ^FH escape: printable ASCII stays, except ^ ~ _; everything else as _XX UTF-8 bytes. */
export function zplText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x20 && code < 0x7f && !'^~_'.includes(ch)) out += ch;
    else if (ch === '~') out += '_7E';
    else if (ch === '_') out += '_5F';
    else if (code >= 0xd800 && code <= 0xdfff) out += '?';
    else out += encodeURIComponent(ch).replaceAll('%', '_');
  }
  return out;
}

/** ZPL's own GS1-128 data: >; starts code set C, >8 is FNC1, >6 switches to code set B. */
export function zplGs1Data(
  elements: readonly { ai: string; value: string; fixed: boolean }[],
): string {
  let out = '>;>8';
  elements.forEach((e, i) => {
    const part = e.ai + e.value;
    // Code set C carries pairs; an odd tail switches to B for its last digit.
    out += part.length % 2 === 0 ? part : `${part.slice(0, -1)}>6${part.slice(-1)}>5`;
    if (!e.fixed && i < elements.length - 1) out += '>8';
  });
  return out.replace(/>5$/, '');
}

export function toZpl(label: LabelModel): string {
  const out = ['^XA', '^CI28', `^PW${d(label.widthMm)}`, `^LL${d(label.heightMm)}`, '^LH0,0'];
  for (const b of label.blocks) {
    if (b.kind === 'text') {
      const h = d(b.size);
      out.push(
        `^FO${d(b.x)},${d(b.y)}^A0N,${h},${b.bold ? h : Math.round(h * 0.9)}^FH^FD${zplText(b.text)}^FS`,
      );
    } else if (b.kind === 'line') {
      out.push(`^FO${d(2)},${d(b.y)}^GB${d(label.widthMm - 4)},3,3^FS`);
    } else {
      // Module 0.5 mm (4 dots): inside GS1's 0.495–1.016 mm for logistic labels.
      out.push(
        `^FO${d(b.x)},${d(b.y)}^BY4^BCN,${d(b.height)},N,N,N^FD${zplGs1Data(b.elements)}^FS`,
      );
    }
  }
  out.push('^PQ1', '^XZ');
  return out.join('\n') + '\n';
}
