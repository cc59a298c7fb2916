// GET /api/health: version and database, for load balancers and the device's "server reachable".
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { PROTOCOL_VERSION } from '#core/protocol.ts';
import type { Deps } from '../deps.ts';

export function healthRoutes(app: FastifyInstance, { store, appVersion }: Deps): void {
  app.get('/api/health', async () => {
    await sql`select 1`.execute(store.db);
    return {
      ok: true,
      version: appVersion,
      protocol: PROTOCOL_VERSION,
      database: store.kind,
      serverTime: Date.now(),
    };
  });
}
