// User Timing marks for the latency that matters to a worker: from the moment a scan is
// complete to its feedback and to its op being on disk. `npm run bench` reads them; they cost
// nothing noticeable in the field.
let lastScanAt: number | null = null;

export function scanArrived(at: number): void {
  lastScanAt = at;
}

function measure(name: string): void {
  if (lastScanAt === null) return;
  try {
    performance.measure(name, { start: lastScanAt, end: performance.now() });
  } catch {
    // an old browser without measure options: no figure, no harm
  }
}

/** The feedback (tone, vibration, flash) for the last scan has been given. */
export const feedbackGiven = (): void => {
  measure('floorsync:scan-feedback');
  lastScanAt = null;
};

/** The op recorded because of the last scan is committed to IndexedDB. */
export const opCommitted = (): void => measure('floorsync:scan-commit');

/** recordOp's own share: from its call to its committed transaction. */
export function opRecorded(since: number): void {
  try {
    performance.measure('floorsync:record-op', { start: since, end: performance.now() });
  } catch {
    // as above
  }
}
