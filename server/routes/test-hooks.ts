// POST /api/test/hooks: fault injection for the fault tests; only mounted with FLOORSYNC_TEST_HOOKS=1.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseBody } from '../http/parse.ts';
import { testHooks } from '../test-hooks.ts';

const hooksSchema = z.object({
  killAfterOps: z.number().int().min(1).nullable().optional(),
  dropPushResponses: z.number().int().min(0).optional(),
  failOpMatching: z.string().nullable().optional(),
  delayPushMs: z.number().int().min(0).max(60_000).optional(),
});

export function testHookRoutes(app: FastifyInstance): void {
  app.post('/api/test/hooks', (req) => {
    const body = parseBody(hooksSchema, req.body);
    if (body.killAfterOps !== undefined) testHooks.killAfterOps = body.killAfterOps;
    if (body.dropPushResponses !== undefined) testHooks.dropPushResponses = body.dropPushResponses;
    if (body.failOpMatching !== undefined) testHooks.failOpMatching = body.failOpMatching;
    if (body.delayPushMs !== undefined) testHooks.delayPushMs = body.delayPushMs;
    return Promise.resolve({ ...testHooks });
  });
}
