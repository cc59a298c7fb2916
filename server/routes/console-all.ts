// Mounts the supervisor console's routes with one hub and one timing for the app.
import type { FastifyInstance } from 'fastify';
import { registerCountVariance } from '../tasks/counting/variance-resolver.ts';
import { ConsoleHub } from '../console/hub.ts';
import { consoleTiming } from '../console/timing.ts';
import type { Deps } from '../deps.ts';
import { consoleRoutes } from './console.ts';
import { consoleEventRoutes } from './console-events.ts';
import { consoleDocRoutes } from './console-docs.ts';
import { consoleFileRoutes } from './console-files.ts';

export function consoleAllRoutes(app: FastifyInstance, deps: Deps): void {
  registerCountVariance();
  const timing = consoleTiming();
  consoleRoutes(app, deps, timing);
  consoleFileRoutes(app, deps);
  consoleDocRoutes(app, deps);
  consoleEventRoutes(app, deps, new ConsoleHub(deps.store, timing));
}
