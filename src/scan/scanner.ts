// The one scanner interface. Sources (keyboard wedge, typed entry, camera) emit ScanEvents;
// the screen on top of the stack receives them. Screens never talk to a camera or keyboard.
import { useEffect, useRef } from 'react';
import { feedback } from '../feedback/feedback.ts';
import { unexpectedFormat, unexpectedText } from './expectation-gate.ts';
import { scanArrived } from './timing.ts';
import type { WedgeBurst } from './wedge/wedge-machine.ts';
import type { GsEncoding } from './wedge/wedge-text.ts';

export type ScanSource = 'camera' | 'wedge' | 'typed';

/** What a keyboard-wedge scan looked like on the way in (the scanner self-test shows it). */
export interface WedgeDetails extends WedgeBurst {
  gs: GsEncoding[];
  /** Key events, or text from the input method (Android keyCode 229). */
  via: 'keys' | 'input';
}

export interface ScanEvent {
  text: string;
  symbology?: string;
  source: ScanSource;
  /** performance.now() when the source saw the scan complete, for latency figures. */
  at: number;
  wedge?: WedgeDetails;
}

type Handler = (scan: ScanEvent) => void;
const stack: { current: Handler }[] = [];
const taps = new Set<Handler>();

export function emitScan(scan: ScanEvent): void {
  scanArrived(scan.at);
  for (const tap of taps) tap(scan);
  // Outside what this step expects: said at once, never matched to something else.
  const refused = unexpectedFormat(scan);
  if (refused) return feedback('error', unexpectedText(refused));
  stack.at(-1)?.current(scan);
}

/** Listens to every scan without taking them from the screen (the scanner self-test uses it). */
export function tapScans(fn: Handler): () => void {
  taps.add(fn);
  return () => taps.delete(fn);
}

/** The calling screen receives scans while mounted; the last mounted screen wins. */
export function useScanHandler(handler: Handler): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const entry = { current: (s: ScanEvent) => ref.current(s) };
    stack.push(entry);
    return () => {
      const i = stack.indexOf(entry);
      if (i >= 0) stack.splice(i, 1);
    };
  }, []);
}
