// The console's document screens: receipts (list, one receipt, close short), count tasks, the
// op log, and resolving many exceptions with one reason. Supervisors and admins of the warehouse only, like every console route.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { bulkResolve, bulkSchema } from '../console/bulk.ts';
import { consoleCountTask, consoleCountTasks } from '../console/count-tasks.ts';
import { OP_PAGE_MAX, opLog } from '../console/op-log.ts';
import { closeShort, consoleReceipt, consoleReceipts } from '../console/receipts.ts';
import type { Deps } from '../deps.ts';
import { parseBody } from '../http/parse.ts';
import { consoleBase as base, consoleUser, type ConsoleReq } from './console-guard.ts';

const receiptsQuery = z.object({ status: z.enum(['open', 'closed', 'all']).default('open') });
const tasksQuery = z.object({ status: z.enum(['open', 'done', 'all']).default('open') });
const opsQuery = z.object({
  userId: z.string().max(64).optional(),
  deviceId: z.string().max(128).optional(),
  type: z.string().max(80).optional(),
  status: z.enum(['applied', 'rejected']).optional(),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).optional(),
  limit: z.coerce.number().int().min(1).max(OP_PAGE_MAX).optional(),
});
const closeBody = z.object({ reason: z.string().trim().min(3).max(200) });

export function consoleDocRoutes(app: FastifyInstance, { store }: Deps): void {
  app.get(`${base}/receipts`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const { status } = parseBody(receiptsQuery, req.query);
    return { receipts: await consoleReceipts(store.db, req.params.warehouseId, status) };
  });

  app.get(`${base}/receipts/:id`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    return consoleReceipt(store, req.params.warehouseId, req.params.id!);
  });

  app.post(`${base}/receipts/:id/close-short`, async (req: ConsoleReq) => {
    const user = await consoleUser(store, req);
    const { reason } = parseBody(closeBody, req.body);
    return closeShort(store, req.params.warehouseId, req.params.id!, user, reason);
  });

  app.get(`${base}/count-tasks`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    const { status } = parseBody(tasksQuery, req.query);
    return { tasks: await consoleCountTasks(store.db, req.params.warehouseId, status) };
  });

  app.get(`${base}/count-tasks/:id`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    return consoleCountTask(store.db, req.params.warehouseId, req.params.id!);
  });

  app.get(`${base}/ops`, async (req: ConsoleReq) => {
    await consoleUser(store, req);
    return opLog(store.db, req.params.warehouseId, parseBody(opsQuery, req.query));
  });

  app.post(`${base}/exceptions/bulk`, async (req: ConsoleReq) => {
    const user = await consoleUser(store, req);
    return bulkResolve(store, req.params.warehouseId, user, parseBody(bulkSchema, req.body));
  });
}
