// Serial progress of a receipt line: which announced serials arrived, which are still missing,
// and which arrived without being announced. A line that announced serials is complete only when
// every one of them arrived; a count of units alone ("3/3") hides a missing serial behind an
// unexpected one. Used by the line list on the device and by the office's reading of a line.
import type { ReceiptLine } from '../receiving/entities.ts';

export interface SerialProgress {
  announced: number;
  arrived: string[];
  missing: string[];
  unexpected: string[];
}

export function serialProgress(
  line: Pick<ReceiptLine, 'serials' | 'receivedSerials'>,
): SerialProgress {
  const announced = new Set(line.serials);
  const received = new Set(line.receivedSerials);
  return {
    announced: announced.size,
    arrived: [...announced].filter((s) => received.has(s)),
    missing: [...announced].filter((s) => !received.has(s)),
    unexpected: [...received].filter((s) => !announced.has(s)),
  };
}

/** True when the line announced serials and at least one of them has not arrived. */
export const serialsMissing = (line: Pick<ReceiptLine, 'serials' | 'receivedSerials'>): boolean =>
  serialProgress(line).missing.length > 0;
