// Test projects: unit (pure logic, Dexie code on fake-indexeddb), integration (the real server
// over HTTP on a real SQLite file and a real PostgreSQL), e2e and fault (real Chromium against
// the built app and the server as a child process; run one file at a time on 2 cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/global-postgres.ts'],
          // Suites simulate dozens of devices of one demo user; the daily new-device limit is
          // proven by security-limits.test.ts, which sets its own.
          env: { FLOORSYNC_MAX_NEW_DEVICES_PER_USER_DAY: '100000' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts', 'test/fault/**/*.test.ts'],
          setupFiles: ['test/helpers/e2e-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
