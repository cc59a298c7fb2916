// The console's calls to the server, with the signed-in supervisor's token. Reads and actions
// go to /api/console/warehouses/:wh; uploads to the import routes of /api/admin.
import { api, ApiFailure } from '../../sync/api.ts';
import type { ActionOffer, ActionRequest } from '#core/console-actions.ts';
import type { AdminAuditEntry } from '#core/admin.ts';
import type {
  ConsoleDevice,
  ConsoleException,
  ConsoleTiming,
  ExceptionPage,
  Progress,
  SampleSeries,
} from './types.ts';

export interface ConsoleConn {
  warehouseId: string;
  token: string;
}

const base = (c: ConsoleConn) => `/api/console/warehouses/${encodeURIComponent(c.warehouseId)}`;

export const getDevices = (c: ConsoleConn) =>
  api<{ serverTime: number; timing: ConsoleTiming; devices: ConsoleDevice[] }>(
    `${base(c)}/devices`,
    undefined,
    c.token,
  );

export const getSamples = (c: ConsoleConn) =>
  api<{ since: number; series: SampleSeries[] }>(`${base(c)}/devices/samples`, undefined, c.token);

export const getExceptions = (c: ConsoleConn, q: URLSearchParams) =>
  api<ExceptionPage>(`${base(c)}/exceptions?${q.toString()}`, undefined, c.token);

export interface ExceptionDetail {
  exception: ConsoleException;
  audit: AdminAuditEntry[];
  offers: ActionOffer[];
}

export const getException = (c: ConsoleConn, id: string) =>
  api<ExceptionDetail>(`${base(c)}/exceptions/${encodeURIComponent(id)}`, undefined, c.token);

/** A receipt photo as an object URL (fetched with the token in a header). */
export async function photoUrl(c: ConsoleConn, id: string): Promise<string | null> {
  const wh = encodeURIComponent(c.warehouseId);
  const res = await fetch(
    `/api/supervisor/warehouses/${wh}/receipt-photos/${encodeURIComponent(id)}`,
    {
      headers: { authorization: `Bearer ${c.token}` },
    },
  );
  return res.ok ? URL.createObjectURL(await res.blob()) : null;
}

export const getProgress = (c: ConsoleConn) =>
  api<Progress>(`${base(c)}/progress`, undefined, c.token);

export const getUsers = (c: ConsoleConn) =>
  api<{ users: { id: string; name: string; roles: string[] }[] }>(
    `${base(c)}/users`,
    undefined,
    c.token,
  );

export const getStock = (c: ConsoleConn, q: { sku?: string; location?: string }) =>
  api<{
    stock: {
      location: string;
      sku: string;
      description: string;
      lot: string;
      expiry: string;
      qty: number;
    }[];
  }>(`${base(c)}/stock?${new URLSearchParams(q).toString()}`, undefined, c.token);

export const act = (
  c: ConsoleConn,
  id: string,
  body: ActionRequest | { action: 'assign'; assignTo: string; reason?: string },
) =>
  api<{ status: string }>(`${base(c)}/exceptions/${encodeURIComponent(id)}/actions`, body, c.token);

export const revokeDevice = (c: ConsoleConn, id: string, reason: string) =>
  api<{ sessionsRevoked: number }>(
    `${base(c)}/devices/${encodeURIComponent(id)}/revoke`,
    { reason },
    c.token,
  );

export const labelDevice = (c: ConsoleConn, id: string, label: string) =>
  api<{ label: string }>(`${base(c)}/devices/${encodeURIComponent(id)}/label`, { label }, c.token);

export const revokeSessions = (c: ConsoleConn, userId: string, reason: string) =>
  api<{ sessionsRevoked: number }>(
    `${base(c)}/users/${encodeURIComponent(userId)}/revoke-sessions`,
    { reason },
    c.token,
  );

export const eventsUrl = (c: ConsoleConn) =>
  `${base(c)}/events?token=${encodeURIComponent(c.token)}`;

/** Downloads an export as a file (fetch + blob: the token stays in a header). */
export async function downloadCsv(c: ConsoleConn, name: string): Promise<void> {
  const res = await fetch(`${base(c)}/exports/${name}`, {
    headers: { authorization: `Bearer ${c.token}` },
    cache: 'no-store',
  });
  if (!res.ok) throw new ApiFailure(res.status, 'EXPORT_FAILED', `HTTP ${res.status}`, false);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name.replace('.csv', `-${c.warehouseId}.csv`);
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export interface RowError {
  line: number;
  field?: string;
  message: string;
}

/**
 * Uploads a CSV or JSON file to an import route; resolves with the count or the bad rows. A count
 * task is one JSON object (zone, aisle or locations, assignee, tolerance...) for its own route.
 */
export async function upload(
  c: ConsoleConn,
  what: 'items' | 'locations' | 'receipts' | 'pick-lists' | 'count-tasks',
  file: File,
): Promise<{ imported: number } | { created: string } | { rows: RowError[]; message: string }> {
  const json = what === 'count-tasks' || file.name.toLowerCase().endsWith('.json');
  const wh = encodeURIComponent(c.warehouseId);
  const path =
    what === 'count-tasks'
      ? `/api/supervisor/warehouses/${wh}/count-tasks`
      : `/api/admin/warehouses/${wh}/${what}`;
  const res = await fetch(path, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${c.token}`,
      'content-type': json ? 'application/json' : 'text/csv',
    },
    body: await file.text(),
  });
  const body = (await res.json().catch(() => null)) as {
    imported?: number;
    id?: string;
    error?: { message: string; details?: { rows?: RowError[] } };
  } | null;
  if (res.ok) return body?.id ? { created: body.id } : { imported: body?.imported ?? 0 };
  return {
    rows: body?.error?.details?.rows ?? [],
    message: body?.error?.message ?? `HTTP ${res.status}`,
  };
}
