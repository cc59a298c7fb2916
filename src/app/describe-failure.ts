// One place that turns a failure code from the server (or the network) into a sentence in the
// worker's language.
import { ApiFailure } from '../sync/api.ts';
import { hasKey } from '../messages/i18n.ts';
import type { T } from './use-t.ts';

export function describeFailure(err: unknown, t: T): string {
  if (!(err instanceof ApiFailure))
    return t('error.unknown', { code: err instanceof Error ? err.message : String(err) });
  if (err.code === 'NETWORK') return t('signin.offline');
  if (err.code === 'TOO_MANY_ATTEMPTS') {
    const seconds =
      (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 60;
    return t('error.TOO_MANY_ATTEMPTS', { seconds });
  }
  if (err.code === 'NO_WAREHOUSE') return t('signin.noWarehouse');
  if (err.code === 'WAREHOUSE_BUSY') return t('signin.warehouseBusy', { warehouse: err.message });
  return describeCode(err.code, t);
}

export function describeCode(code: string | null | undefined, t: T): string {
  const key = `error.${code ?? ''}`;
  return hasKey(key) ? t(key) : t('error.unknown', { code: code ?? '?' });
}
