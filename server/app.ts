// Builds the Fastify app: security headers, body limits, the API routes, the built PWA, and one
// error shape. Tests start exactly this; server/main.ts adds config and listening.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import helmet from '@fastify/helmet';
import { ErrorCode } from '#core/errors.ts';
import type { Deps } from './deps.ts';
import { withSafeNotify } from './sync/after-commit.ts';
import { guardBodies } from './http/body-guard.ts';
import { compressAnswers } from './http/compress.ts';
import { errorBody, installErrorHandler } from './http/errors.ts';
import { isShellNavigation, serveApp } from './http/static.ts';
import { trustProxyFrom } from './http/trust-proxy.ts';
import { decodeUpload } from './import/decode-text.ts';
import { adminRoutes } from './routes/admin.ts';
import { adminUserRoutes } from './admin/routes.ts';
import { authRoutes } from './routes/auth.ts';
import { consoleAllRoutes } from './routes/console-all.ts';
import { healthRoutes } from './routes/health.ts';
import { receivingRoutes } from './tasks/receiving/routes.ts';
import { lotHoldRoutes } from './tasks/holds/routes.ts';
import { pickingRoutes } from './tasks/picking/routes.ts';
import { countingRoutes } from './tasks/counting/routes.ts';
import { shippingRoutes } from './tasks/shipping/routes.ts';
import { syncRoutes } from './routes/sync.ts';
import { testHookRoutes } from './routes/test-hooks.ts';
import { testHooksEnabled } from './test-hooks.ts';

export interface AppOptions extends Deps {
  distDir?: string;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 256 * 1024,
    trustProxy: trustProxyFrom(),
    forceCloseConnections: true,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        workerSrc: ["'self'", 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // Cross-origin isolation would block nothing we need and complicates camera workers.
    crossOriginEmbedderPolicy: false,
    hsts: false,
  });
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'buffer' }, (req, body, done) => {
    try {
      done(null, decodeUpload(body as Buffer, req.headers['content-type']));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  guardBodies(app);
  await compressAnswers(app);
  installErrorHandler(app);

  // Routes get a store whose after-commit notifications log instead of throwing.
  const deps: AppOptions = { ...opts, store: withSafeNotify(opts.store, app.log) };
  healthRoutes(app, deps);
  authRoutes(app, deps);
  syncRoutes(app, deps);
  adminRoutes(app, deps);
  adminUserRoutes(app, deps, () => served);
  receivingRoutes(app, deps);
  pickingRoutes(app, deps);
  countingRoutes(app, deps);
  lotHoldRoutes(app, deps);
  consoleAllRoutes(app, deps);
  shippingRoutes(app, deps);
  if (testHooksEnabled()) testHookRoutes(app);

  let served = false;
  served = opts.distDir ? await serveApp(app, opts.distDir) : false;
  app.setNotFoundHandler(async (req, reply) => {
    if (served && isShellNavigation(req.method, req.url, req.headers.accept)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply
      .status(404)
      .send(errorBody(ErrorCode.NOT_FOUND, `No route ${req.method} ${req.url.split('?')[0]}`));
  });
  return app;
}
