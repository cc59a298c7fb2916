// Console CSV exports: book stock, movements (optionally from/to, ms), exceptions, count results.
// Uploads go to the existing import routes (/api/admin/warehouses/:wh/items|locations|receipts|
// pick-lists, and the count-task route), which
// answer a file with bad rows with every bad line (422 IMPORT_INVALID).
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { countResultsCsv } from '../tasks/counting/results-csv.ts';
import { exceptionsCsv, movementsCsv, stockCsv } from '../console/exports.ts';
import type { Deps } from '../deps.ts';
import { parseBody } from '../http/parse.ts';
import { consoleBase as base, consoleUser, type ConsoleReq } from './console-guard.ts';

const rangeSchema = z.object({
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
});
const statusSchema = z.object({ status: z.enum(['open', 'resolved', 'all']).default('all') });

function sendCsv(reply: FastifyReply, name: string, csv: string) {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(csv);
}

export function consoleFileRoutes(app: FastifyInstance, { store }: Deps): void {
  app.get(`${base}/exports/stock.csv`, async (req: ConsoleReq, reply) => {
    await consoleUser(store, req);
    const wh = req.params.warehouseId;
    return sendCsv(reply, `stock-${wh}.csv`, await stockCsv(store.db, wh));
  });

  app.get(`${base}/exports/movements.csv`, async (req: ConsoleReq, reply) => {
    await consoleUser(store, req);
    const wh = req.params.warehouseId;
    const range = parseBody(rangeSchema, req.query);
    return sendCsv(reply, `movements-${wh}.csv`, await movementsCsv(store.db, wh, range));
  });

  app.get(`${base}/exports/exceptions.csv`, async (req: ConsoleReq, reply) => {
    await consoleUser(store, req);
    const wh = req.params.warehouseId;
    const { status } = parseBody(statusSchema, req.query);
    return sendCsv(reply, `exceptions-${wh}.csv`, await exceptionsCsv(store.db, wh, status));
  });

  app.get(`${base}/exports/count-results.csv`, async (req: ConsoleReq, reply) => {
    await consoleUser(store, req);
    const wh = req.params.warehouseId;
    return sendCsv(reply, `count-results-${wh}.csv`, await countResultsCsv(store.db, wh));
  });
}
