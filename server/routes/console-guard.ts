// Every console route: a signed-in supervisor or admin who is a member of the warehouse.
import type { FastifyRequest } from 'fastify';
import { Role } from '#core/roles.ts';
import { authenticate, type Session } from '../auth/session.ts';
import { requireRole, requireWarehouse } from '../auth/guard.ts';
import type { UserInfo } from '../auth/users.ts';
import type { Store } from '../store/store.ts';

export type ConsoleReq = FastifyRequest<{
  Params: { warehouseId: string; id?: string };
  Querystring: Record<string, string | undefined>;
}>;

export const consoleRoles = [Role.supervisor, Role.admin];

export async function consoleSession(store: Store, req: ConsoleReq): Promise<Session> {
  const session = await authenticate(store, req);
  requireRole(session.user, consoleRoles);
  requireWarehouse(session.user, req.params.warehouseId);
  return session;
}

export async function consoleUser(store: Store, req: ConsoleReq): Promise<UserInfo> {
  return (await consoleSession(store, req)).user;
}

export const consoleBase = '/api/console/warehouses/:warehouseId';
