// The supervisor console's API: devices, exceptions and their actions, progress, stock,
// revoking. Supervisors and admins of the warehouse only (a picker gets 403 everywhere here).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { actionSchema, actOnException } from '../console/actions.ts';
import { labelDevice } from '../console/device-label.ts';
import { deviceSamples, listDevices } from '../console/devices.ts';
import { auditOf, listExceptions, PAGE_MAX } from '../console/exceptions.ts';
import { offersFor } from '../console/offers.ts';
import { labour } from '../console/labour.ts';
import { openCountTasks, openPickLists, openReceipts, stockOf } from '../console/progress.ts';
import { revokeDevice, revokeUserSessions } from '../console/revoke.ts';
import type { ConsoleTiming } from '../console/timing.ts';
import type { Deps } from '../deps.ts';
import { ApiError } from '../http/api-error.ts';
import { parseBody } from '../http/parse.ts';
import { consoleBase as base, consoleUser, type ConsoleReq } from './console-guard.ts';

const reasonBody = z.object({ reason: z.string().trim().min(3).max(500) });
const labelBody = z.object({ label: z.string().trim().min(1).max(40) });
const HOUR = 3_600_000;

const filterSchema = z.object({
  status: z.enum(['open', 'resolved', 'all']).optional(),
  kind: z.string().max(80).optional(),
  userId: z.string().max(64).optional(),
  deviceId: z.string().max(64).optional(),
  assignedTo: z.string().max(64).optional(),
  ref: z.string().max(80).optional(),
  location: z.string().max(80).optional(),
  q: z.string().max(200).optional(),
  sort: z.enum(['newest', 'oldest', 'value']).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_MAX).optional(),
});

const hoursOf = (q: Record<string, string | undefined>) =>
  Math.min(48, Math.max(1, Number(q['hours'] ?? 12) || 12));

export function consoleRoutes(app: FastifyInstance, { store }: Deps, timing: ConsoleTiming): void {
  app.get(`${base}/devices`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const now = Date.now();
    const devices = await listDevices(store.db, req.params.warehouseId, timing, now);
    return { serverTime: now, timing, devices };
  });

  app.get(`${base}/devices/samples`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const since = Date.now() - hoursOf(req.query) * HOUR;
    return { since, series: await deviceSamples(store.db, req.params.warehouseId, since) };
  });

  app.post(`${base}/devices/:id/revoke`, async (req: ConsoleReq) => {
    const user = await consoleUser(store, req);
    const { reason } = parseBody(reasonBody, req.body);
    return revokeDevice(store, req.params.warehouseId, req.params.id!, user.id, reason);
  });

  app.post(`${base}/devices/:id/label`, async (req: ConsoleReq) => {
    const user = await consoleUser(store, req);
    const { label } = parseBody(labelBody, req.body);
    return labelDevice(store, req.params.warehouseId, req.params.id!, user.id, label);
  });

  app.post(`${base}/users/:id/revoke-sessions`, async (req: ConsoleReq) => {
    const user = await consoleUser(store, req);
    const { reason } = parseBody(reasonBody, req.body);
    return revokeUserSessions(store, req.params.warehouseId, req.params.id!, user.id, reason);
  });

  app.get(`${base}/users`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const users = await store.db
      .selectFrom('users as u')
      .innerJoin('user_warehouses as w', 'w.user_id', 'u.id')
      .select(['u.id', 'u.name', 'u.username', 'u.roles'])
      .where('w.warehouse_id', '=', req.params.warehouseId)
      .where('u.active', '=', 1)
      .orderBy('u.name')
      .execute();
    return { users: users.map((u) => ({ ...u, roles: JSON.parse(u.roles) as string[] })) };
  });

  app.get(`${base}/exceptions`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const filter = parseBody(filterSchema, req.query);
    return listExceptions(store.db, req.params.warehouseId, filter);
  });

  app.get(`${base}/exceptions/:id`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const { warehouseId, id } = req.params;
    const [exception] = (await listExceptions(store.db, warehouseId, { status: 'all', id: id! }))
      .exceptions;
    if (!exception) throw new ApiError(404, ErrorCode.NOT_FOUND, `No exception ${id}`);
    const audit = await auditOf(store.db, warehouseId, { kind: 'exception', id: id! });
    const row = await store.db
      .selectFrom('exceptions')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    const offers = await offersFor({ trx: store.db, warehouseId }, row);
    return { exception, audit, offers };
  });

  app.post(`${base}/exceptions/:id/actions`, async (req: ConsoleReq) => {
    const user = await consoleUser(store, req);
    const action = parseBody(actionSchema, req.body);
    return actOnException(store, req.params.warehouseId, req.params.id!, user, action);
  });

  app.get(`${base}/audit`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    return { audit: await auditOf(store.db, req.params.warehouseId) };
  });

  app.get(`${base}/progress`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const { warehouseId } = req.params;
    const since = Date.now() - hoursOf(req.query) * HOUR;
    return {
      since,
      receipts: await openReceipts(store.db, warehouseId),
      pickLists: await openPickLists(store.db, warehouseId),
      countTasks: await openCountTasks(store.db, warehouseId),
      rates: await labour(store.db, warehouseId, since),
    };
  });

  app.get(`${base}/stock`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const { sku, location } = req.query;
    if (!sku && !location)
      throw new ApiError(400, ErrorCode.BAD_REQUEST, 'Give an item (sku) or a location');
    return {
      stock: await stockOf(store.db, req.params.warehouseId, {
        ...(sku ? { sku } : {}),
        ...(location ? { location } : {}),
      }),
    };
  });
}
