// The system Chromium for tests and benchmarks: found from CHROME_PATH or the usual Debian paths
// (never downloaded), launched headless with the flags that work on these machines, and the
// skip-or-fail rule from TESTING.md when it is missing.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { requirePart } from './real-parts.ts';

export const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_HINT = 'Install it with `apt-get install -y chromium` or set CHROME_PATH.';

/** CHROME_PATH when set (and only it), else the first Debian path that exists. */
export function findChromium(): string | null {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_PATHS.find((path) => existsSync(path)) ?? null;
}

/**
 * For a suite's top level: the Chromium path, or null after one loud warning (skip the suite).
 * Under CI a missing Chromium throws instead, failing the run.
 */
export function requireChromium(): string | null {
  const path = findChromium();
  return requirePart('Chromium', path !== null, CHROMIUM_HINT) ? path : null;
}

export interface LaunchChromiumOptions {
  /** Defaults to findChromium(). */
  executablePath?: string;
  /** Flags on top of CHROMIUM_FLAGS, e.g. the fake-camera ones. */
  args?: readonly string[];
  headless?: boolean;
}

function launchOptions(opts: LaunchChromiumOptions) {
  const executablePath = opts.executablePath ?? findChromium();
  if (!executablePath) throw new Error(`Chromium not found. ${CHROMIUM_HINT}`);
  return {
    executablePath,
    headless: opts.headless ?? true,
    args: [...CHROMIUM_FLAGS, ...(opts.args ?? [])],
  };
}

/** A browser with a fresh throwaway profile. */
export function launchChromium(opts: LaunchChromiumOptions = {}): Promise<Browser> {
  return chromium.launch(launchOptions(opts));
}

/**
 * One simulated device: a context on a profile kept in `userDataDir`. Launch again with the same
 * dir to get "the same phone after a crash".
 */
export function launchChromiumProfile(
  userDataDir: string,
  opts: LaunchChromiumOptions = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, launchOptions(opts));
}
