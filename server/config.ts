// Server configuration from the environment, with the defaults `npm start` relies on.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  distDir: string;
  demoData: boolean;
  logLevel: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env['PORT'] ?? 8080),
    host: env['HOST'] ?? '0.0.0.0',
    dataDir: resolve(env['DATA_DIR'] ?? 'data'),
    databaseUrl: env['DATABASE_URL'] || undefined,
    distDir: resolve(env['DIST_DIR'] ?? 'dist'),
    demoData: env['DEMO_DATA'] !== '0',
    logLevel: env['LOG_LEVEL'] ?? 'info',
  };
}
