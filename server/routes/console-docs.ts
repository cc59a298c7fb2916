// The console's document screens: receipts (list, one receipt, close short), count tasks and
// the op log. Supervisors and admins of the warehouse only, like every console route.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { closeShort, consoleReceipt, consoleReceipts } from '../console/receipts.ts';
import type { Deps } from '../deps.ts';
import { parseBody } from '../http/parse.ts';
import { consoleBase as base, consoleUser, type ConsoleReq } from './console-guard.ts';

const receiptsQuery = z.object({ status: z.enum(['open', 'closed', 'all']).default('open') });
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
}
