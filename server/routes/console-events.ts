// GET /api/console/warehouses/:wh/events?token=: the console's live stream. `version` when
// anything in the warehouse committed (the console refetches what it shows), `device` with a
// device's new row when it pushed, pulled or sent a heartbeat.
import type { FastifyInstance } from 'fastify';
import type { ConsoleHub } from '../console/hub.ts';
import type { Deps } from '../deps.ts';
import { openEventStream } from '../http/sse.ts';
import { streamLimitsFor } from '../http/stream-limits.ts';
import { consoleBase as base, consoleSession, type ConsoleReq } from './console-guard.ts';

export function consoleEventRoutes(app: FastifyInstance, { store }: Deps, hub: ConsoleHub): void {
  app.get(`${base}/events`, async (req: ConsoleReq, reply) => {
    const session = await consoleSession(store, req);
    const { warehouseId } = req.params;
    const release = streamLimitsFor(store).acquire({
      sessionId: session.id,
      userId: session.user.id,
    });
    const stream = openEventStream(req, reply);
    stream.onClose(release);
    const current = await store.db
      .selectFrom('warehouses')
      .select('version')
      .where('id', '=', warehouseId)
      .executeTakeFirst();
    stream.send('version', { version: Number(current?.version ?? 0), serverTime: Date.now() });
    const off = hub.add({
      warehouseId,
      version: (version) => stream.send('version', { version, serverTime: Date.now() }),
      device: (device) => stream.send('device', { device, serverTime: Date.now() }),
    });
    stream.onClose(off);
  });
}
