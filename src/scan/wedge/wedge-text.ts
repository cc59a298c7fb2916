// What a keyboard-wedge scanner typed, made into barcode text: the AIM symbology prefix is
// stripped and kept, and every common way scanners spell GS (FNC1) becomes GS itself.

export const GS = '\u001d';

/** How GS arrived; the scanner self-test names it, and the wedge accepts each of them. */
export const GS_ENCODINGS = [
  'control', // ASCII 29 itself (DataWedge "send control characters", a GS key event)
  'key', // F8 or Ctrl+] (Honeywell and others), mapped to GS by the key reader
  'symbol', // U+241D ␝, the printable picture of GS
  'angle', // the text "<GS>"
  'bracket', // "[GS]" or "{GS}"
  'caret', // "^]", the caret notation of Ctrl+]
  'tilde', // "~1", FNC1 as some scanners and printers spell it (only in GS1 content)
  'substitute', // the site's own substitute character from Settings
] as const;
export type GsEncoding = (typeof GS_ENCODINGS)[number];

const TEXT_FORMS: readonly [RegExp, GsEncoding][] = [
  [/\u241d/g, 'symbol'],
  [/<GS>/gi, 'angle'],
  [/\[GS\]|\{GS\}/gi, 'bracket'],
  [/\^\]/g, 'caret'],
];

/** AIM identifier: "]", a symbology letter, a modifier character. */
const AIM = /^\][A-Za-z][0-9A-Za-z]/;
/** AIM identifiers of GS1 content (GS1-128, DataBar, GS1 DataMatrix, GS1 QR, GS1 DotCode). */
const GS1_AIM = new Set([']C1', ']e0', ']e1', ']e2', ']d2', ']Q3', ']J1', ']d5', ']Q4']);

export interface WedgeText {
  text: string;
  /** The AIM identifier the scanner sent, e.g. "]C1". */
  symbology?: string;
  /** The encodings of GS seen, in order of first appearance. */
  gs: GsEncoding[];
}

/**
 * `raw` is the burst as read (GS keys already mapped to GS by the key reader; `keyGs` says so).
 * Never throws; text that names no GS and no prefix comes back unchanged.
 */
export function normalizeWedgeText(raw: string, substitute = '', keyGs = false): WedgeText {
  const gs = new Set<GsEncoding>(keyGs ? ['key'] : []);
  let text = raw;
  let symbology: string | undefined;
  const aim = AIM.exec(text);
  if (aim) {
    symbology = aim[0];
    text = text.slice(aim[0].length);
  }
  if (!keyGs && text.includes(GS)) gs.add('control');
  for (const [pattern, encoding] of TEXT_FORMS) {
    const next = text.replace(pattern, GS);
    if (next !== text) gs.add(encoding);
    text = next;
  }
  if (substitute && text.includes(substitute)) {
    text = text.split(substitute).join(GS);
    gs.add('substitute');
  }
  // "~1" is FNC1 only in GS1 content: a GS1 identifier, or an element string (starts with a
  // digit or with FNC1). A warehouse code like "BOX~1" keeps its tilde.
  const gs1 =
    (symbology !== undefined && GS1_AIM.has(symbology)) ||
    /^(~1|\d)/.test(text) ||
    text.startsWith(GS);
  if (gs1 && text.includes('~1')) {
    text = text.replace(/~1/g, GS);
    gs.add('tilde');
  }
  return { text, ...(symbology ? { symbology } : {}), gs: [...gs] };
}
