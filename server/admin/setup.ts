// First start without demo data: nobody can sign in until a first administrator exists, and
// there is no default password. While no admin exists, /setup (the app's setup screen) and
// POST /api/setup create one with their first warehouse; afterwards both answer 404. A meta row
// claimed in the same transaction makes two racing set-ups end with exactly one admin.
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import { setupSchema, type SetupRequest } from '#core/admin.ts';
import { ErrorCode } from '#core/errors.ts';
import { Role } from '#core/roles.ts';
import { hashPassword } from '../auth/password.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/store.ts';
import { parseAdminBody } from './parse-admin.ts';
import { auditAdmin } from './audit-admin.ts';
import { requireGoodPassword } from './password-rule.ts';

const SETUP_KEY = 'first-admin';

export async function adminExists(store: Store): Promise<boolean> {
  const users = await store.db
    .selectFrom('users')
    .select('roles')
    .where('active', '=', 1)
    .execute();
  return users.some((u) => (JSON.parse(u.roles) as string[]).includes(Role.admin));
}

const done = () =>
  new ApiError(404, ErrorCode.NOT_FOUND, 'This server is already set up; sign in instead');

export async function setUpFirstAdmin(store: Store, req: SetupRequest): Promise<{ id: string }> {
  requireGoodPassword(req.password, req.username);
  if (await adminExists(store)) throw done();
  const hash = await hashPassword(req.password);
  const id = randomUUID();
  const at = Date.now();
  await store.write(async (trx) => {
    const claimed = await trx
      .insertInto('meta')
      .values({ key: SETUP_KEY, value: id })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) throw done();
    const wh = await trx
      .selectFrom('warehouses')
      .select('id')
      .where('id', '=', req.warehouseId)
      .executeTakeFirst();
    if (!wh)
      await trx
        .insertInto('warehouses')
        .values({ id: req.warehouseId, name: req.warehouseName, version: 1 })
        .execute();
    await trx
      .insertInto('users')
      .values({
        id,
        username: req.username,
        name: req.name,
        password_hash: hash,
        roles: JSON.stringify([Role.admin, Role.supervisor]),
        active: 1,
        created_at: at,
        must_change_password: 0,
        deactivated_at: null,
      })
      .execute();
    await trx
      .insertInto('user_warehouses')
      .values({ user_id: id, warehouse_id: req.warehouseId })
      .execute();
    await auditAdmin(trx, {
      by: id,
      at,
      action: 'setup-first-admin',
      targetKind: 'user',
      target: id,
      reason: null,
      data: { username: req.username, warehouse: req.warehouseId },
      warehouses: [req.warehouseId],
    });
  });
  return { id };
}

export function setupRoutes(app: FastifyInstance, store: Store, served: () => boolean): void {
  // Said once at start (after demo data, if any, was loaded): how a new site gets its admin.
  app.addHook('onListen', async () => {
    if (!(await adminExists(store)))
      app.log.warn(
        'no administrator yet: open /setup in a browser, or run npm run admin:first (see README)',
      );
  });
  app.get('/api/setup', async () => ({ needed: !(await adminExists(store)) }));
  app.post('/api/setup', async (req, reply) => {
    const body = parseAdminBody(setupSchema, req.body);
    const created = await setUpFirstAdmin(store, body);
    return reply.status(201).send(created);
  });
  app.get('/setup', async (_req, reply) => {
    if ((await adminExists(store)) || !served()) throw done();
    return reply.header('cache-control', 'no-store').sendFile('index.html');
  });
}
