// Lot holds over HTTP for the console (Q2): the held lots of a warehouse with who and why, and
// hold / lift by a supervisor or admin with a reason — the same writes as the lot.hold and
// lot.unhold ops, in one transaction with an audit row, published to devices like any change.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { codeSchema, lotSchema } from '#core/fields.ts';
import { releaseRoles } from '#core/goods/quarantine.ts';
import { authenticate } from '../../auth/session.ts';
import { requireRole, requireWarehouse } from '../../auth/guard.ts';
import type { Deps } from '../../deps.ts';
import { ApiError } from '../../http/api-error.ts';
import { holdLot, unholdLot } from './handlers.ts';

type WhReq = FastifyRequest<{ Params: { warehouseId: string } }>;

const body = z
  .object({
    action: z.enum(['hold', 'lift']),
    sku: codeSchema,
    lot: lotSchema.refine((l) => l !== '', 'a hold names a lot'),
    reason: z.string().trim().max(200),
  })
  .strict();

function parse(raw: unknown): z.infer<typeof body> {
  const r = body.safeParse(raw);
  if (!r.success) {
    const field = r.error.issues[0]?.path.join('.') ?? '';
    throw new ApiError(400, ErrorCode.BAD_REQUEST, `Invalid request: ${field || 'body'} is wrong`);
  }
  if (r.data.reason.length < 3)
    throw new ApiError(400, ErrorCode.REASON_REQUIRED, 'Give a reason of at least 3 characters');
  return r.data;
}

export function lotHoldRoutes(app: FastifyInstance, { store }: Deps): void {
  const office = async (req: WhReq) => {
    const session = await authenticate(store, req);
    requireRole(session.user, releaseRoles);
    requireWarehouse(session.user, req.params.warehouseId);
    return session.user;
  };

  app.get('/api/supervisor/warehouses/:warehouseId/lot-holds', async (req: WhReq) => {
    await office(req);
    const rows = await store.read((trx) =>
      trx
        .selectFrom('lot_holds')
        .selectAll()
        .where('warehouse_id', '=', req.params.warehouseId)
        .orderBy('held_at', 'desc')
        .execute(),
    );
    return {
      holds: rows.map((r) => ({
        sku: r.sku,
        lot: r.lot,
        reason: r.reason,
        heldBy: r.held_by,
        heldAt: Number(r.held_at),
      })),
    };
  });

  app.post('/api/supervisor/warehouses/:warehouseId/lot-holds', async (req: WhReq) => {
    const user = await office(req);
    const a = parse(req.body);
    const { warehouseId } = req.params;
    const result = await store.write(async (trx) => {
      const item = await trx
        .selectFrom('items')
        .select('sku')
        .where('warehouse_id', '=', warehouseId)
        .where('sku', '=', a.sku)
        .executeTakeFirst();
      if (!item) throw new ApiError(404, ErrorCode.UNKNOWN_ITEM, `No item ${a.sku}`);
      const version = await store.nextVersion(trx, warehouseId);
      const w = { trx, warehouseId, version };
      const at = Date.now();
      const changed =
        a.action === 'hold' ? (await holdLot(w, a, user.id, at), true) : await unholdLot(w, a);
      const auditId = randomUUID();
      await trx
        .insertInto('console_actions')
        .values({
          id: auditId,
          warehouse_id: warehouseId,
          at,
          by_user: user.id,
          action: `lot.${a.action}`,
          target_kind: 'lot',
          target: `${a.sku}|${a.lot}`,
          reason: a.reason,
          data: JSON.stringify({ sku: a.sku, lot: a.lot, changed }),
        })
        .execute();
      return { version, auditId, changed };
    });
    await store.notify(warehouseId, result.version);
    return { held: a.action === 'hold', changed: result.changed, auditId: result.auditId };
  });
}
