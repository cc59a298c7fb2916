// The worker-facing sentence for a scan that names nothing usable: unknown or malformed.
import type { MessageKey } from '../messages/i18n.ts';
import { hasKey } from '../messages/i18n.ts';
import type { Resolved } from './resolve-local.ts';

export interface ScanProblem {
  message: MessageKey;
  params: Record<string, string | number>;
}

export function scanProblem(r: Resolved): ScanProblem | null {
  if (r.kind === 'unknown') return { message: 'scan.unknown', params: { text: r.text } };
  if (r.kind !== 'invalid') return null;
  const key = `barcode.${r.code}`;
  const params = Object.fromEntries(Object.entries(r.params).map(([k, v]) => [k, String(v)]));
  return hasKey(key)
    ? { message: key, params }
    : { message: 'scan.unknown', params: { text: r.text } };
}
