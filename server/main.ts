// Starts the server: reads config, opens the store (migrating it), seeds demo data on a new
// database, serves the PWA and the API on one port.
import { readFileSync } from 'node:fs';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { seedDemoIfEmpty } from './demo/seed.ts';
import { openStore } from './store/open.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const config = readConfig();
const store = await openStore(config);
const app = await buildApp({
  store,
  appVersion: pkg.version,
  distDir: config.distDir,
  logger: {
    level: config.logLevel,
    redact: ['req.headers.authorization', 'req.query.token'],
    serializers: {
      req: (req: { method: string; url: string }) => ({
        method: req.method,
        url: req.url.replace(/token=[^&]+/, 'token=…'),
      }),
    },
  },
});
if (config.demoData) {
  const seeded = await seedDemoIfEmpty(store);
  if (seeded) app.log.info('new database: demo data loaded (users and passwords are in README.md)');
}

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`floorsync ${pkg.version} on ${store.kind}: http://localhost:${config.port}`);
