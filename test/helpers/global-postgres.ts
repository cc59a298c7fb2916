// Vitest global setup for the integration project: one PostgreSQL cluster for the whole run
// (or TEST_DATABASE_URL), handed to test files, which each create their own database.
import type { TestProject } from 'vitest/node';
import { findPgBin, startCluster } from './postgres-cluster.ts';
import { requirePart } from './real-parts.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env['TEST_DATABASE_URL'];
  if (given) {
    project.provide('pgUrl', given);
    return () => undefined;
  }
  const bin = findPgBin();
  if (
    !requirePart(
      'PostgreSQL',
      bin !== null,
      'Install it with `apt-get install -y postgresql` or set TEST_DATABASE_URL.',
    )
  ) {
    project.provide('pgUrl', null);
    return () => undefined;
  }
  const cluster = await startCluster(bin!);
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
