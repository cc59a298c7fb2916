// What the worker is told when a scan could not be saved on the device: the storage is full, or
// the reason, and never an empty reason ("Not saved: . Scan again.").
import type { T } from '../app/use-t.ts';
import { RecordError } from '../db/outbox.ts';

export function failureText(t: T, err: unknown): string {
  if (err instanceof RecordError && err.code === 'QUOTA') return t('record.quota');
  const reason = (err instanceof Error ? err.message : typeof err === 'string' ? err : '').trim();
  return reason ? t('record.failed', { reason }) : t('record.failedNoReason');
}
