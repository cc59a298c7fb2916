// Plain-words advice from what the scanner sent: which scanner setting to change, if any.
import { interpretBarcode } from '#core/barcode/index.ts';
import type { MessageKey } from '../../messages/i18n.ts';
import type { ScanEvent } from '../../scan/scanner.ts';
import { DEFAULT_TIMING } from '../../scan/wedge/wedge-machine.ts';
import { GS } from '../../scan/wedge/wedge-text.ts';
import type { KeySeen } from './visible.ts';

export interface Advice {
  key: MessageKey;
  params?: Record<string, string | number>;
}

const GS1_AIM = /^\](C1|e[012]|d[25]|Q[34]|J1)$/;
const TEXT_GS = new Set(['symbol', 'angle', 'bracket', 'caret', 'tilde']);

export const median = (xs: readonly number[]): number => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
};

/** Advice for keys that arrived but made no scan (no suffix, or too slow). */
export function adviseKeys(keys: readonly KeySeen[], maxGapMs = DEFAULT_TIMING.maxGapMs): Advice[] {
  const chars = keys.filter((k) => k.kind !== 'suffix');
  if (chars.length < DEFAULT_TIMING.minLength) return [];
  const gaps = chars.slice(1).map((k) => k.gap ?? 0);
  const slowest = Math.max(0, ...gaps);
  const out: Advice[] = [];
  if (median(gaps) > maxGapMs)
    out.push({ key: 'scannerTest.advice.slow', params: { max: slowest } });
  if (!keys.some((k) => k.kind === 'suffix')) out.push({ key: 'scannerTest.advice.noSuffix' });
  return out;
}

/** Advice for a completed scan. */
export function adviseScan(scan: ScanEvent, now = new Date()): Advice[] {
  if (scan.source === 'typed') return [{ key: 'scannerTest.advice.typed' }];
  if (scan.source !== 'wedge' || !scan.wedge) return [];
  const w = scan.wedge;
  const out: Advice[] = [];
  const textGs = w.gs.filter((g) => TEXT_GS.has(g));
  if (textGs.length)
    out.push({ key: 'scannerTest.advice.gsText', params: { encoding: textGs.join(', ') } });
  const i = interpretBarcode(scan.text, { now, symbology: scan.symbology });
  const gs1 = i.kind === 'gs1' || (scan.symbology !== undefined && GS1_AIM.test(scan.symbology));
  // An element string that needs a separator but has none fails on an over-long value.
  const needsGs =
    !scan.text.includes(GS) &&
    i.kind === 'error' &&
    /^(0[012]\d{14}|\d{2})/.test(scan.text) &&
    [
      'VALUE_TOO_LONG',
      'UNKNOWN_AI',
      'BAD_CHARACTER',
      'NOT_DIGITS',
      'DATE_MONTH',
      'DATE_DAY',
    ].includes(i.code);
  if (needsGs) out.push({ key: 'scannerTest.advice.noGs' });
  if ((gs1 || needsGs) && !scan.symbology) out.push({ key: 'scannerTest.advice.noAim' });
  const charGaps = w.gaps.slice(0, -1);
  if (median(charGaps) > DEFAULT_TIMING.maxGapMs / 2)
    out.push({ key: 'scannerTest.advice.slow', params: { max: Math.max(...charGaps) } });
  if (w.suffix === 'Tab') out.push({ key: 'scannerTest.advice.tabSuffix' });
  if (w.via === 'input') out.push({ key: 'scannerTest.advice.input' });
  return out;
}
