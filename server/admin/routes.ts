// The administration API: users, roles, warehouses and their history for the console, and a
// user's own password change. Writes need the admin role; supervisors read and unlock.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  changePasswordSchema,
  createUserSchema,
  createWarehouseSchema,
  editUserSchema,
  editWarehouseSchema,
  reasonBodySchema,
  resetPasswordSchema,
} from '#core/admin.ts';
import { ErrorCode } from '#core/errors.ts';
import { authenticate } from '../auth/session.ts';
import type { UserInfo } from '../auth/users.ts';
import type { Deps } from '../deps.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/store.ts';
import { parseAdminBody } from './parse-admin.ts';
import { adminAudit } from './audit-read.ts';
import { changeOwnPassword } from './password-change.ts';
import { requireAdmin, requireAdminOrSupervisor } from './scope.ts';
import { setupRoutes } from './setup.ts';
import { getUser, listUsers } from './users-read.ts';
import { deactivateUser, reactivateUser, resetPassword, unlockUser } from './users-access.ts';
import { createUserByAdmin, editUser } from './users-write.ts';
import { createWarehouse, listWarehouses, renameWarehouse } from './warehouses.ts';

type IdReq = FastifyRequest<{ Params: { id: string } }>;

const base = '/api/admin';

async function caller(store: Store, req: FastifyRequest, write: boolean): Promise<UserInfo> {
  const { user } = await authenticate(store, req);
  if (write) requireAdmin(user);
  else requireAdminOrSupervisor(user);
  return user;
}

async function found(store: Store, user: UserInfo, id: string) {
  const u = await getUser(store, user, id, Date.now());
  if (!u) throw new ApiError(404, ErrorCode.NOT_FOUND, `No user ${id}`);
  return u;
}

export function adminUserRoutes(
  app: FastifyInstance,
  { store }: Deps,
  served: () => boolean,
): void {
  setupRoutes(app, store, served);

  app.get(`${base}/users`, async (req) => {
    const user = await caller(store, req, false);
    return { users: await listUsers(store, user, Date.now()) };
  });
  app.get(`${base}/users/:id`, async (req: IdReq) => {
    const user = await caller(store, req, false);
    return { user: await found(store, user, req.params.id) };
  });
  app.post(`${base}/users`, async (req, reply) => {
    const user = await caller(store, req, true);
    const { id } = await createUserByAdmin(store, user, parseAdminBody(createUserSchema, req.body));
    return reply.status(201).send({ user: await found(store, user, id) });
  });
  app.patch(`${base}/users/:id`, async (req: IdReq) => {
    const user = await caller(store, req, true);
    await editUser(store, user, req.params.id, parseAdminBody(editUserSchema, req.body));
    return { user: await found(store, user, req.params.id) };
  });
  app.post(`${base}/users/:id/deactivate`, async (req: IdReq) => {
    const user = await caller(store, req, true);
    const { reason } = parseAdminBody(reasonBodySchema, req.body);
    const r = await deactivateUser(store, user, req.params.id, reason);
    return { ...r, user: await found(store, user, req.params.id) };
  });
  app.post(`${base}/users/:id/reactivate`, async (req: IdReq) => {
    const user = await caller(store, req, true);
    const { reason } = parseAdminBody(reasonBodySchema, req.body);
    await reactivateUser(store, user, req.params.id, reason);
    return { user: await found(store, user, req.params.id) };
  });
  app.post(`${base}/users/:id/reset-password`, async (req: IdReq) => {
    const user = await caller(store, req, true);
    const { password } = parseAdminBody(resetPasswordSchema, req.body);
    const r = await resetPassword(store, user, req.params.id, password);
    return { ...r, user: await found(store, user, req.params.id) };
  });
  app.post(`${base}/users/:id/unlock`, async (req: IdReq) => {
    const user = await caller(store, req, false);
    await unlockUser(store, user, req.params.id);
    return { user: await found(store, user, req.params.id) };
  });

  app.get(`${base}/warehouses`, async (req) => {
    const user = await caller(store, req, false);
    return { warehouses: await listWarehouses(store, user) };
  });
  app.post(`${base}/warehouses`, async (req, reply) => {
    const user = await caller(store, req, true);
    const w = await createWarehouse(store, user, parseAdminBody(createWarehouseSchema, req.body));
    return reply.status(201).send({ warehouse: w });
  });
  app.patch<{ Params: { id: string } }>(`${base}/warehouses/:id`, async (req) => {
    const user = await caller(store, req, true);
    const { name } = parseAdminBody(editWarehouseSchema, req.body);
    return { warehouse: await renameWarehouse(store, user, req.params.id, name) };
  });

  app.get(`${base}/audit`, async (req) => {
    const user = await caller(store, req, false);
    return { entries: await adminAudit(store, user) };
  });

  app.post('/api/auth/password', async (req) => {
    const session = await authenticate(store, req);
    const body = parseAdminBody(changePasswordSchema, req.body);
    await changeOwnPassword(store, session, body.currentPassword, body.newPassword);
    return { ok: true };
  });
}
