// Receiving over HTTP: the receipts import for the back office (all or nothing, like master
// data), and supervisor reads and closing (the console comes later; the same close runs for the
// receive.close op). Photos of damaged units are served from here.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { Role } from '#core/roles.ts';
import { authenticate } from '../../auth/session.ts';
import { requireRole, requireWarehouse } from '../../auth/guard.ts';
import type { Deps } from '../../deps.ts';
import { ApiError } from '../../http/api-error.ts';
import { parseBody } from '../../http/parse.ts';
import { recordsFrom } from '../../import/parse-file.ts';
import { validateReceipts } from './import.ts';
import { writeReceipts } from './import-check.ts';
import type { Store } from '../../store/store.ts';
import { closeReceipt } from './close.ts';
import { receiptDetail, receiptList } from './read.ts';

const IMPORT_LIMIT = 20 * 1024 * 1024;
const office = [Role.admin, Role.supervisor];
const closeBody = z.object({ reason: z.string().trim().min(3).max(200) });

type WhReq = FastifyRequest<{ Params: { warehouseId: string; number?: string; id?: string } }>;

async function officeUser(store: Store, req: WhReq) {
  const session = await authenticate(store, req);
  requireRole(session.user, office);
  requireWarehouse(session.user, req.params.warehouseId);
  return session.user;
}

export function receivingRoutes(app: FastifyInstance, { store }: Deps): void {
  const base = '/api/supervisor/warehouses/:warehouseId';

  app.post(
    '/api/admin/warehouses/:warehouseId/receipts',
    { bodyLimit: IMPORT_LIMIT },
    async (req: WhReq) => {
      await officeUser(store, req);
      const { warehouseId } = req.params;
      const records = recordsFrom(req.body, req.headers['content-type']);
      const result = await store.write(async (trx) => {
        const version = await store.nextVersion(trx, warehouseId);
        const drafts = await validateReceipts(trx, warehouseId, records);
        await writeReceipts(trx, warehouseId, version, drafts);
        const lines = drafts.reduce((n, d) => n + d.lines.length, 0);
        return { imported: drafts.length, lines, version };
      });
      await store.notify(warehouseId, result.version);
      return result;
    },
  );

  app.get(`${base}/receipts`, async (req: WhReq) => {
    await officeUser(store, req);
    const status = (req.query as { status?: string }).status;
    return store.read((trx) => receiptList(trx, req.params.warehouseId, status));
  });

  app.get(`${base}/receipts/:number`, async (req: WhReq) => {
    await officeUser(store, req);
    const detail = await store.read((trx) =>
      receiptDetail(trx, req.params.warehouseId, req.params.number!),
    );
    if (!detail) throw new ApiError(404, ErrorCode.NOT_FOUND, `No receipt ${req.params.number}`);
    return detail;
  });

  app.post(`${base}/receipts/:number/close`, async (req: WhReq) => {
    const user = await officeUser(store, req);
    const { reason } = parseBody(closeBody, req.body);
    const { warehouseId, number } = req.params;
    const result = await store.write(async (trx) => {
      const version = await store.nextVersion(trx, warehouseId);
      const before = await trx
        .selectFrom('receipts')
        .select('status')
        .where('warehouse_id', '=', warehouseId)
        .where('number', '=', number!)
        .executeTakeFirst();
      if (!before) throw new ApiError(404, ErrorCode.NOT_FOUND, `No receipt ${number}`);
      const w = { trx, warehouseId, version };
      const at = Date.now();
      const exceptions = await closeReceipt(w, { receipt: number!, reason, by: user.id, at });
      return { closed: before.status !== 'closed', exceptions, version };
    });
    await store.notify(warehouseId, result.version);
    return result;
  });

  app.get(`${base}/receipt-photos/:id`, async (req: WhReq, reply) => {
    await officeUser(store, req);
    const photo = await store.db
      .selectFrom('receipt_photos')
      .select('data')
      .where('warehouse_id', '=', req.params.warehouseId)
      .where('id', '=', req.params.id!)
      .executeTakeFirst();
    if (!photo) throw new ApiError(404, ErrorCode.NOT_FOUND, `No photo ${req.params.id}`);
    const bytes = Buffer.from(photo.data.slice(photo.data.indexOf(',') + 1), 'base64');
    return reply.type('image/jpeg').header('cache-control', 'private, max-age=86400').send(bytes);
  });
}
