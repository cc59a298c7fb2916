// Talking to the server: JSON over fetch with the session token. Every failure becomes an
// ApiFailure with a machine code; a network failure is code NETWORK, retryable.
import type { ErrorBody } from '#core/errors.ts';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryable: boolean,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export async function api<T>(
  path: string,
  body: unknown,
  token: string | null,
  signal?: AbortSignal,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
      signal: signal ?? null,
    });
  } catch (err) {
    throw new ApiFailure(0, 'NETWORK', err instanceof Error ? err.message : 'network error', true);
  }
  const text = await res.text().catch(() => '');
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // a proxy's HTML error page, say
  }
  if (res.ok) return parsed as T;
  const err = (parsed as ErrorBody | null)?.error;
  throw new ApiFailure(
    res.status,
    err?.code ?? (res.status >= 500 ? 'UNAVAILABLE' : 'BAD_REQUEST'),
    err?.message ?? `HTTP ${res.status}`,
    err?.retryable ?? res.status >= 500,
    err?.details,
  );
}
