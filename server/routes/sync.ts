// The sync API: push ops, pull changes, heartbeat, and the SSE stream that pokes devices.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  deviceReportSchema,
  eventsQuerySchema,
  pullRequestSchema,
  pushRequestSchema,
} from '#core/protocol.ts';
import { authenticate } from '../auth/session.ts';
import { requireWarehouse } from '../auth/guard.ts';
import type { Deps } from '../deps.ts';
import { parseBody } from '../http/parse.ts';
import { limitsFromEnv } from '../http/limits.ts';
import { openEventStream } from '../http/sse.ts';
import { streamLimitsFor } from '../http/stream-limits.ts';
import { PushRate } from '../sync/push-rate.ts';
import { ensureDevice, recordDeviceReport } from '../sync/devices.ts';
import { deviceReported } from '../console/bus.ts';
import { consoleTiming } from '../console/timing.ts';
import { pull } from '../sync/pull.ts';
import { push } from '../sync/push.ts';
import { requireSessionDevice } from '../sync/session-device.ts';
import { testHooks } from '../test-hooks.ts';

const heartbeatSchema = z.object({
  deviceId: z.string().min(8).max(64),
  warehouseId: z.string().min(1).max(40),
  report: deviceReportSchema,
});

export function syncRoutes(app: FastifyInstance, { store }: Deps): void {
  // How often a device sends a heartbeat while online; it follows the server's answer.
  const { heartbeatMs } = consoleTiming();
  const pushRate = new PushRate(limitsFromEnv());
  app.post('/api/sync/push', { bodyLimit: 4 * 1024 * 1024 }, async (req, reply) => {
    const session = await authenticate(store, req);
    const body = parseBody(pushRequestSchema, req.body, { nul: 'schema' });
    requireSessionDevice(session, body.deviceId);
    pushRate.take(body.deviceId, body.ops.length);
    if (testHooks.delayPushMs) await new Promise((r) => setTimeout(r, testHooks.delayPushMs));
    const response = await push(store, session, body, req.log);
    deviceReported(body.warehouseId, body.deviceId);
    if (testHooks.dropPushResponses > 0) {
      // F2: the server committed, and the answer never reaches the device.
      testHooks.dropPushResponses -= 1;
      reply.hijack();
      req.raw.socket.destroy();
      return;
    }
    return response;
  });

  app.post('/api/sync/pull', async (req) => {
    const session = await authenticate(store, req);
    const body = parseBody(pullRequestSchema, req.body);
    requireSessionDevice(session, body.deviceId);
    const response = await pull(store, session, body);
    deviceReported(body.warehouseId, body.deviceId);
    return response;
  });

  app.post('/api/sync/heartbeat', async (req) => {
    const session = await authenticate(store, req);
    const body = parseBody(heartbeatSchema, req.body);
    requireSessionDevice(session, body.deviceId);
    requireWarehouse(session.user, body.warehouseId);
    const now = Date.now();
    await store.write(async (trx) => {
      await ensureDevice(store, trx, session, body, now);
      await recordDeviceReport(trx, body.deviceId, {
        report: body.report,
        now,
        pushed: false,
        userId: session.user.id,
        warehouseId: body.warehouseId,
      });
    });
    deviceReported(body.warehouseId, body.deviceId);
    return { ok: true, serverTime: now, heartbeatMs };
  });

  app.get('/api/sync/events', async (req, reply) => {
    const session = await authenticate(store, req);
    const { warehouseId, deviceId } = parseBody(eventsQuerySchema, req.query);
    requireSessionDevice(session, deviceId);
    requireWarehouse(session.user, warehouseId);
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
    stream.send('version', { warehouseId, version: Number(current?.version ?? 0) });
    const off = store.onVersion((wh, version) => {
      if (wh === warehouseId) stream.send('version', { warehouseId, version });
    });
    stream.onClose(off);
  });
}
