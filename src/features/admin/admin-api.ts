// The administration screens' calls to /api/admin with the admin's token. The shared `api`
// helper only sends GET and POST; edits here are PATCH, so this file has its own small fetch,
// and failures are the same ApiFailure (a code the messages turn into a sentence).
import type {
  AdminAuditEntry,
  AdminUser,
  AdminWarehouse,
  CreateUserRequest,
  EditUserRequest,
  SetupRequest,
} from '#core/admin.ts';
import type { ErrorBody } from '#core/errors.ts';
import { ApiFailure } from '../../sync/api.ts';

type Method = 'GET' | 'POST' | 'PATCH';

async function call<T>(method: Method, path: string, token: string | null, body?: unknown) {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? null : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (err) {
    throw new ApiFailure(0, 'NETWORK', err instanceof Error ? err.message : 'network', true);
  }
  const parsed = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return parsed as T;
  const e = (parsed as ErrorBody | null)?.error;
  throw new ApiFailure(
    res.status,
    e?.code ?? 'BAD_REQUEST',
    e?.message ?? `HTTP ${res.status}`,
    false,
    e?.details,
  );
}

const u = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`;

export const adminApi = (token: string) => ({
  users: () => call<{ users: AdminUser[] }>('GET', '/api/admin/users', token),
  createUser: (req: CreateUserRequest) =>
    call<{ user: AdminUser }>('POST', '/api/admin/users', token, req),
  editUser: (id: string, req: EditUserRequest) =>
    call<{ user: AdminUser }>('PATCH', u(id), token, req),
  deactivate: (id: string, reason: string) =>
    call<{ sessionsEnded: number }>('POST', `${u(id)}/deactivate`, token, { reason }),
  reactivate: (id: string, reason: string) =>
    call<{ user: AdminUser }>('POST', `${u(id)}/reactivate`, token, { reason }),
  resetPassword: (id: string, password: string) =>
    call<{ sessionsEnded: number }>('POST', `${u(id)}/reset-password`, token, { password }),
  unlock: (id: string) => call<{ user: AdminUser }>('POST', `${u(id)}/unlock`, token, {}),
  warehouses: () => call<{ warehouses: AdminWarehouse[] }>('GET', '/api/admin/warehouses', token),
  createWarehouse: (w: AdminWarehouse) =>
    call<{ warehouse: AdminWarehouse }>('POST', '/api/admin/warehouses', token, w),
  renameWarehouse: (id: string, name: string) =>
    call<{ warehouse: AdminWarehouse }>(
      'PATCH',
      `/api/admin/warehouses/${encodeURIComponent(id)}`,
      token,
      { name },
    ),
  audit: () => call<{ entries: AdminAuditEntry[] }>('GET', '/api/admin/audit', token),
  changeOwnPassword: (currentPassword: string, newPassword: string) =>
    call<{ ok: true }>('POST', '/api/auth/password', token, { currentPassword, newPassword }),
});

export type AdminApi = ReturnType<typeof adminApi>;

export const setupNeeded = () => call<{ needed: boolean }>('GET', '/api/setup', null);
export const setUp = (req: SetupRequest) => call<{ id: string }>('POST', '/api/setup', null, req);
