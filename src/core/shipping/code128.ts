// GS1-128 symbols for the label: element strings encoded in Code 128 (FNC1 first, code set C
// for digit pairs, code set B for the rest), as bar and space widths in modules. The print page
// draws them; ZPL lets the printer encode its own. docs/shipping.md S10.

/** Bar/space widths of Code 128 symbol values 0–106 (ISO/IEC 15417 table; 106 is stop). */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 ' +
  '112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 ' +
  '311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 ' +
  '112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 ' +
  '313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 ' +
  '314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 112412 122114 ' +
  '122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 ' +
  '124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 ' +
  '114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112'
).split(' ');

const START_B = 104;
const START_C = 105;
const CODE_B = 100;
const CODE_C = 99;
const FNC1 = 102;
const STOP = 106;

/** One GS1 element: its AI and value; `fixed` AIs need no FNC1 separator after them. */
export interface Element {
  ai: string;
  value: string;
  fixed: boolean;
}

const isDigits = (s: string, i: number, n: number): boolean =>
  i + n <= s.length && /^\d+$/.test(s.slice(i, i + n));

/** Symbol values (start..check, no stop) for the element strings, FNC1 first. */
export function gs1Values(elements: readonly Element[]): number[] {
  // `\u001d` stands for FNC1 inside the data; a variable-length element not at the end needs one.
  const data = elements
    .map((e, i) => e.ai + e.value + (!e.fixed && i < elements.length - 1 ? '\u001d' : ''))
    .join('');
  for (const ch of data)
    if (ch !== '\u001d' && (ch < ' ' || ch > '~')) throw new Error('GS1-128 data must be ASCII');
  const values: number[] = [];
  let set: 'B' | 'C' = isDigits(data, 0, 2) ? 'C' : 'B';
  values.push(set === 'C' ? START_C : START_B, FNC1);
  let i = 0;
  while (i < data.length) {
    if (data[i] === '\u001d') {
      values.push(FNC1);
      i++;
      continue;
    }
    if (set === 'B' && isDigits(data, i, 4)) {
      values.push(CODE_C);
      set = 'C';
    } else if (set === 'C' && !isDigits(data, i, 2)) {
      values.push(CODE_B);
      set = 'B';
    }
    if (set === 'C') {
      values.push(Number(data.slice(i, i + 2)));
      i += 2;
    } else {
      values.push(data.charCodeAt(i) - 32);
      i++;
    }
  }
  const check = values.reduce((sum, v, k) => sum + v * (k === 0 ? 1 : k), 0) % 103;
  return [...values, check];
}

/** Widths, bar first, alternating bar/space, for the whole symbol without quiet zones. */
export function gs1Widths(elements: readonly Element[]): number[] {
  const out: number[] = [];
  for (const v of [...gs1Values(elements), STOP]) for (const w of PATTERNS[v]!) out.push(Number(w));
  return out;
}

/** The human-readable line under a symbol: "(00) 395012345678901234". */
export const humanReadable = (elements: readonly Element[]): string =>
  elements.map((e) => `(${e.ai}) ${e.value}`).join(' ');

/** Symbol width in modules, for layout (quiet zones are the caller's). */
export const moduleCount = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0);
