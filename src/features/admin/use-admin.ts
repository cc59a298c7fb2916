// What the administration screen shows: users, warehouses and the change history, loaded
// together and again after every change, so the history always shows the change just made.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AdminAuditEntry, AdminUser, AdminWarehouse } from '#core/admin.ts';
import { useT } from '../../app/use-t.ts';
import { describeFailure } from '../../app/describe-failure.ts';
import { feedback } from '../../feedback/feedback.ts';
import { adminApi, type AdminApi } from './admin-api.ts';

export interface AdminData {
  api: AdminApi;
  users: AdminUser[];
  warehouses: AdminWarehouse[];
  audit: AdminAuditEntry[];
  error: string | null;
  /** Runs a change; on success says `done` and reloads. Resolves null, or the sentence why not. */
  run: (work: () => Promise<unknown>, done: string) => Promise<string | null>;
}

export function useAdmin(token: string): AdminData {
  const t = useT();
  const api = useMemo(() => adminApi(token), [token]);
  const [users, setUsers] = useState<AdminUser[]>([]);
  const [warehouses, setWarehouses] = useState<AdminWarehouse[]>([]);
  const [audit, setAudit] = useState<AdminAuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);

  const fetchAll = useCallback(
    () => Promise.all([api.users(), api.warehouses(), api.audit()]),
    [api],
  );
  const show = useCallback(([u, w, a]: Awaited<ReturnType<typeof fetchAll>>) => {
    setUsers(u.users);
    setWarehouses(w.warehouses);
    setAudit(a.entries);
    setError(null);
  }, []);
  const fail = useCallback((e: unknown) => setError(describeFailure(e, t)), [t]);
  const load = useCallback(() => fetchAll().then(show, fail), [fetchAll, show, fail]);

  useEffect(() => {
    void fetchAll().then(show, fail);
  }, [fetchAll, show, fail]);

  const run = useCallback(
    async (work: () => Promise<unknown>, done: string) => {
      try {
        await work();
        feedback('success', done);
        await load();
        return null;
      } catch (e) {
        const why = describeFailure(e, t);
        feedback('error', why);
        return why;
      }
    },
    [load, t],
  );

  return { api, users, warehouses, audit, error, run };
}
